package dev.cloudkg.system;

/** The service would listen beyond localhost while anyone could change the graph. Stops the start. */
class UnprotectedListenerException extends RuntimeException {

	UnprotectedListenerException(String address) {
		super("cloudkg would listen on " + address + " (server.address), where other machines can reach it, but no API "
				+ "key is set (cloudkg.api-key), so anyone who reaches the port could change the graph.");
	}

}
