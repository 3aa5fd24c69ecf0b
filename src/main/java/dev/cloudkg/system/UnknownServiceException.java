package dev.cloudkg.system;

/** No service has the id or alias a request names. Shown as NOT_FOUND, naming what was asked for. */
public class UnknownServiceException extends RuntimeException {

	public UnknownServiceException(String key) {
		super("no service has the id or alias \"" + key + "\"");
	}

}
