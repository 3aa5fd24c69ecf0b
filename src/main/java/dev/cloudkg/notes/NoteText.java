package dev.cloudkg.notes;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A note's bytes checked and decoded: not empty, not too large, UTF-8, not binary, and its optional YAML
 * front matter ({@code ---} … {@code ---} at the top) read. The front matter's lines are blanked, not
 * removed, so line numbers still match the file.
 *
 * @param markdown the text to parse (front matter blanked)
 * @param text the full text as received
 * @param title {@code title} of the front matter, or null
 */
record NoteText(String markdown, String text, String title) {

	static NoteText decode(String note, byte[] bytes, long maxBytes) {
		if (bytes.length > maxBytes) {
			throw new NoteFormatException(note, 1, "the note is " + bytes.length + " bytes, over the limit of " + maxBytes
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
			throw new NoteFormatException(note, 1, "the note is empty; expected markdown such as '# Title' and sentences");
		}
		String normalised = text.startsWith("\uFEFF") ? text.substring(1) : text;
		normalised = normalised.replace("\r\n", "\n").replace('\r', '\n');
		return frontMatter(note, normalised, text);
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

	private static NoteText frontMatter(String note, String markdown, String text) {
		if (!markdown.startsWith("---\n")) {
			return new NoteText(markdown, text, null);
		}
		int close = markdown.indexOf("\n---", 3);
		while (close >= 0 && !(close + 4 == markdown.length() || markdown.charAt(close + 4) == '\n')) {
			close = markdown.indexOf("\n---", close + 1);
		}
		if (close < 0) {
			throw new NoteFormatException(note, 1, "front matter opened with '---' on line 1 is never closed; expected a"
					+ " line '---' after it");
		}
		String yaml = markdown.substring(4, close + 1);
		Object parsed;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			options.setMaxAliasesForCollections(10);
			parsed = new Yaml(new SafeConstructor(options)).load(yaml);
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 2 : 2;
			throw new NoteFormatException(note, line, "front matter is not valid YAML: " + ex.getProblem());
		}
		catch (YAMLException ex) {
			throw new NoteFormatException(note, 2, "front matter is not valid YAML: " + ex.getMessage());
		}
		if (parsed != null && !(parsed instanceof Map)) {
			throw new NoteFormatException(note, 2, "front matter must be 'key: value' lines, e.g. 'title: My note'");
		}
		Object title = (parsed != null) ? ((Map<?, ?>) parsed).get("title") : null;
		if (title != null && !(title instanceof String)) {
			throw new NoteFormatException(note, 2, "front matter 'title' must be text");
		}
		int end = close + 4;
		String blanked = markdown.substring(0, end).replaceAll("[^\n]", "") + markdown.substring(end);
		return new NoteText(blanked, text, (String) title);
	}

}
