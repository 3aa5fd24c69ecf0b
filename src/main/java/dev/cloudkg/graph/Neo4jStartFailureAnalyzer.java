package dev.cloudkg.graph;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * A start that failed because the configured Neo4j could not be reached or refused the credentials, as Spring
 * Boot's short "APPLICATION FAILED TO START" report naming the URI and the settings to check, not a stack trace.
 */
class Neo4jStartFailureAnalyzer implements FailureAnalyzer {

	private final Environment environment;

	Neo4jStartFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		FailureAnalysis unreachable = new Unreachable().analyze(failure);
		return (unreachable != null) ? unreachable : new Refused().analyze(failure);
	}

	private String uri() {
		String uri = environment.getProperty("spring.neo4j.uri", environment.getProperty("NEO4J_URI", ""));
		return uri.isBlank() ? "the embedded Neo4j" : uri;
	}

	private class Unreachable extends AbstractFailureAnalyzer<GraphUnavailableException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, GraphUnavailableException cause) {
			return new FailureAnalysis(
					"cloudkg could not reach Neo4j at " + uri() + ": " + cause.getCause().getMessage(),
					"Start that Neo4j, or correct NEO4J_URI (spring.neo4j.uri); unset it to use the embedded Neo4j "
							+ "instead. spring.neo4j.connection-timeout bounds how long each attempt waits.",
					cause);
		}

	}

	private class Refused extends AbstractFailureAnalyzer<SecurityException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, SecurityException cause) {
			String what = (cause instanceof AuthenticationException)
					? "refused the user name or password"
					: "refused the connection";
			return new FailureAnalysis("Neo4j at " + uri() + " " + what + ": " + message(cause),
					"Set NEO4J_USERNAME and NEO4J_PASSWORD (or spring.neo4j.authentication.username and .password) "
							+ "to a user of that Neo4j.",
					cause);
		}

		private static String message(Neo4jException ex) {
			return (ex.code() != null ? ex.code() + " " : "") + ex.getMessage();
		}

	}

}
