package dev.cloudkg.notes;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A note's bytes checked and decoded: not empty, not too large, UTF-8, not binary.
 *
 * @param markdown the text to parse (a byte-order mark dropped)
 * @param text the full text as received
 */
record NoteText(String markdown, String text) {

	static NoteText decode(String note, byte[] bytes, long maxBytes) {
		if (bytes.length > maxBytes) {
			throw new NoteFormatException(note, 1,
					"the note is " + bytes.length + " bytes, over the limit of " + maxBytes
							+ " bytes (cloudkg.notes.max-size)");
		}
		String text = utf8(note, bytes);
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
			}
			else if (c == 0 || Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f') {
				throw new NoteFormatException(note, line, String.format(
						"binary content (control character U+%04X); expected markdown text", (int) c));
			}
		}
		if (text.isBlank()) {
			throw new NoteFormatException(note, 1,
					"the note is empty; expected markdown such as '# Title' and sentences");
		}
		// line endings and front matter are the parser's business (NoteParser)
		return new NoteText(text.startsWith("\uFEFF") ? text.substring(1) : text, text);
	}

	private static String utf8(String note, byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int line = 1;
			for (int i = 0; i < in.position(); i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new NoteFormatException(note, line, String.format(
					"not valid UTF-8 (byte 0x%02X at offset %d); save the note as UTF-8", bytes[in.position()] & 0xff,
					in.position()));
		}
		decoder.flush(out);
		return out.flip().toString();
	}

}
