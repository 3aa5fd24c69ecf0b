package dev.cloudkg.system;

import java.net.InetAddress;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a web server that other machines can reach while changes need no API key. It runs as the
 * server is created, before the database starts, so the refusal comes at once; commands without a web server
 * (the import command) are not concerned.
 */
@Component
class ListenAddressCheck implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

	private final Environment environment;

	private final AccessProperties access;

	ListenAddressCheck(Environment environment, AccessProperties access) {
		this.environment = environment;
		this.access = access;
	}

	@Override
	public void customize(ConfigurableWebServerFactory factory) {
		check();
	}

	void check() {
		// bound as Spring binds it for the server: a host name is resolved, no address means all interfaces
		InetAddress address = Binder.get(environment).bind("server.address", InetAddress.class).orElse(null);
		if ((address == null || !address.isLoopbackAddress()) && !access.hasApiKey()) {
			String configured = environment.getProperty("server.address");
			throw new UnprotectedListenerException(
					(configured == null || configured.isBlank()) ? "all interfaces" : configured);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
