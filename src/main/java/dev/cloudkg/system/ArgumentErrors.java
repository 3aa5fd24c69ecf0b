package dev.cloudkg.system;

import graphql.GraphQLError;
import graphql.execution.instrumentation.fieldvalidation.FieldAndArguments;
import org.springframework.graphql.execution.ErrorType;

/** The BAD_REQUEST error for a field argument refused before execution, pointing at the field. */
public final class ArgumentErrors {

	private ArgumentErrors() {
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
