package dev.cloudkg.system;

import java.io.IOException;

import org.springframework.util.unit.DataSize;

/**
 * A request body went over its limit while being read. An {@link IOException} so that it passes through the
 * readers (JSON, the notes upload) that stop on it; shown as 413 Content Too Large.
 */
public class BodyTooLargeException extends IOException {

	public BodyTooLargeException(String what, DataSize limit, String setting) {
		super(what + " is larger than " + limit + ", the limit (" + setting + ")");
	}

}
