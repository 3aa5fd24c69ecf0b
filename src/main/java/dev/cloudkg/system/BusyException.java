package dev.cloudkg.system;

/** The service is too busy to take this change now; the client may try again after {@link #retryAfterSeconds()}. */
public class BusyException extends RuntimeException {

	private final long retryAfterSeconds;

	public BusyException(String message, long retryAfterSeconds) {
		super(message);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
