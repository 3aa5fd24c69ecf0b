package dev.cloudkg.explore;

import java.util.List;

import dev.cloudkg.system.GraphQlProperties;
import dev.cloudkg.system.ArgumentErrors;
import graphql.execution.instrumentation.fieldvalidation.FieldValidationInstrumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Checks {@code maxHops} of every {@code paths} field before execution starts, so a path search too
 * long to be cheap is one clean BAD_REQUEST error and never reaches the database.
 */
@Configuration(proxyBeanMethods = false)
class PathArgumentsValidation {

	@Bean
	FieldValidationInstrumentation pathArgumentsInstrumentation(GraphQlProperties properties) {
		return ArgumentErrors.checking("paths", field -> {
			Integer maxHops = field.getArgumentValue("maxHops");
			return (maxHops != null && (maxHops < 1 || maxHops > properties.maxHops()))
					? List.of("maxHops must be between 1 and " + properties.maxHops()
							+ " (cloudkg.graphql.max-hops), was "
							+ maxHops)
					: List.of();
		});
	}

}
