package dev.cloudkg.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused embedded start into Spring Boot's short "APPLICATION FAILED TO START" report. */
class EmbeddedNeo4jFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4jException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedNeo4jException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Change the setting named above, or set NEO4J_URI to use a Neo4j "
						+ "server instead of the embedded one.",
				cause);
	}

}
