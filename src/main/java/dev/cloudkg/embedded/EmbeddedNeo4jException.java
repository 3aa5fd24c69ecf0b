package dev.cloudkg.embedded;

/** The embedded Neo4j cannot start with the given settings; the message says which setting to change. */
public class EmbeddedNeo4jException extends RuntimeException {

	public EmbeddedNeo4jException(String message) {
		super(message);
	}

	public EmbeddedNeo4jException(String message, Throwable cause) {
		super(message, cause);
	}

}
