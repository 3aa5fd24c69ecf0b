package dev.cloudkg.notes;

import dev.cloudkg.system.BadRequestException;

/**
 * A note that cannot be imported, with the note and line at fault. Nothing of the note is written.
 */
public class NoteFormatException extends BadRequestException {

	private final String note;

	private final int line;

	public NoteFormatException(String note, int line, String message) {
		super(note + ":" + line + ": " + message);
		this.note = note;
		this.line = line;
	}

	public String note() {
		return note;
	}

	public int line() {
		return line;
	}

}
