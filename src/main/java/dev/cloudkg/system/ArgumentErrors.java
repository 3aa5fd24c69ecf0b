package dev.cloudkg.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import graphql.GraphQLError;
import graphql.execution.instrumentation.fieldvalidation.FieldAndArguments;
import graphql.execution.instrumentation.fieldvalidation.FieldValidationInstrumentation;
import org.springframework.graphql.execution.ErrorType;

/**
 * Arguments refused before execution: each problem is one BAD_REQUEST error pointing at its field, and the
 * request never reaches the database.
 */
public final class ArgumentErrors {

	private ArgumentErrors() {
	}

	/**
	 * Checks the arguments of every {@code Query.<field>} before execution.
	 * @param problems what is wrong with one occurrence of the field (empty when nothing is)
	 */
	public static FieldValidationInstrumentation checking(String field,
			Function<FieldAndArguments, List<String>> problems) {
		return new FieldValidationInstrumentation(environment -> {
			List<GraphQLError> errors = new ArrayList<>();
			for (FieldAndArguments candidate : environment.getFields()) {
				if (candidate.getParentType().getName().equals("Query")
						&& candidate.getFieldDefinition().getName().equals(field)) {
					problems.apply(candidate).forEach(message -> errors.add(badRequest(candidate, message)));
				}
			}
			return errors;
		});
	}

	public static GraphQLError badRequest(FieldAndArguments field, String message) {
		return GraphQLError.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message(message)
				.location(field.getField().getSourceLocation())
				.path(field.getPath())
				.build();
	}

}
