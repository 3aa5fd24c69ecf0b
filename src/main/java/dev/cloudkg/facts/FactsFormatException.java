package dev.cloudkg.facts;

/** A facts or vocabulary file is not in the documented format; the message names the file and line. */
public class FactsFormatException extends RuntimeException {

	private final String file;

	private final int line;

	public FactsFormatException(String file, int line, String message) {
		super(file + ":" + line + ": " + message);
		this.file = file;
		this.line = line;
	}

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}

}
