package dev.cloudkg.graph;

import java.time.Duration;

/** A write ran over its time limit and Neo4j rolled it back: nothing of it was written. */
public class WriteTimeoutException extends RuntimeException {

	/** An import whose note took longer than its whole budget to read, before anything was written. */
	public WriteTimeoutException(String noteId, Duration limit) {
		super("importing '" + noteId + "' took longer than its time limit of " + limit.toSeconds()
				+ " s (cloudkg.notes.import-timeout); nothing was written");
	}

	WriteTimeoutException(Duration limit, Throwable cause) {
		super("the write ran over its time limit of " + limit.toSeconds()
				+ " s and was rolled back; nothing was written",
				cause);
	}

}
