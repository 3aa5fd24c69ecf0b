package dev.cloudkg.system;

/** The request cannot be answered as asked; the message says what to change. Shown as BAD_REQUEST. */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
