package dev.cloudkg.system;

/** The caller may not do this (e.g. a change without the API key). Shown as FORBIDDEN. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
