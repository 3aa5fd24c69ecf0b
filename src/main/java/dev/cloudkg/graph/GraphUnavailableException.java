package dev.cloudkg.graph;

/**
 * Neo4j cannot be reached (down, restarting, or the network between): the request did nothing and may be
 * tried again shortly. Its message names the cause as the driver reported it.
 */
public class GraphUnavailableException extends RuntimeException {

	/** What a client is told to wait before trying again. */
	public static final long RETRY_AFTER_SECONDS = 5;

	private GraphUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

	static GraphUnavailableException of(RuntimeException driverError) {
		return new GraphUnavailableException("the graph database is not reachable: " + driverError.getMessage()
				+ " Nothing was read or written; try again shortly.", driverError);
	}

	public long retryAfterSeconds() {
		return RETRY_AFTER_SECONDS;
	}

}
