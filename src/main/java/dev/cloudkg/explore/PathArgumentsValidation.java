package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.List;

import dev.cloudkg.catalog.CatalogProperties;
import dev.cloudkg.system.ArgumentErrors;
import graphql.GraphQLError;
import graphql.execution.instrumentation.fieldvalidation.FieldAndArguments;
import graphql.execution.instrumentation.fieldvalidation.FieldValidation;
import graphql.execution.instrumentation.fieldvalidation.FieldValidationEnvironment;
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
	FieldValidationInstrumentation pathArgumentsInstrumentation(CatalogProperties properties) {
		return new FieldValidationInstrumentation(new Rules(properties));
	}

	record Rules(CatalogProperties properties) implements FieldValidation {

		@Override
		public List<GraphQLError> validateFields(FieldValidationEnvironment environment) {
			List<GraphQLError> errors = new ArrayList<>();
			for (FieldAndArguments field : environment.getFields()) {
				if (!field.getParentType().getName().equals("Query") || !field.getFieldDefinition().getName().equals("paths")) {
					continue;
				}
				Integer maxHops = field.getArgumentValue("maxHops");
				if (maxHops != null && (maxHops < 1 || maxHops > properties.maxHops())) {
					errors.add(ArgumentErrors.badRequest(field, "maxHops must be between 1 and " + properties.maxHops()
							+ " (cloudkg.graphql.max-hops), was " + maxHops));
				}
			}
			return errors;
		}

	}

}
