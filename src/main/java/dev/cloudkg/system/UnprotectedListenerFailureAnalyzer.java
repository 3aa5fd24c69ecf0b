package dev.cloudkg.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link UnprotectedListenerException} into Spring Boot's short "APPLICATION FAILED TO START" report. */
class UnprotectedListenerFailureAnalyzer extends AbstractFailureAnalyzer<UnprotectedListenerException> {

	static final String ACTION = "Set CLOUDKG_API_KEY to protect changes, or bind to localhost (SERVER_ADDRESS=localhost).";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnprotectedListenerException cause) {
		return new FailureAnalysis(cause.getMessage(), ACTION, cause);
	}

}
