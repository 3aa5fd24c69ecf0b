package dev.cloudkg.system;

import dev.cloudkg.graph.GraphUnavailableException;
import dev.cloudkg.graph.StorageSpace;
import dev.cloudkg.graph.WriteTimeoutException;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps exceptions to GraphQL errors once, for every controller: a user's mistake is a BAD_REQUEST with
 * a message saying what to change; anything else is logged here and shown without internals.
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	@GraphQlExceptionHandler
	GraphQLError badRequest(BadRequestException ex, DataFetchingEnvironment env) {
		return error(ErrorType.BAD_REQUEST, ex.getMessage(), env);
	}

	@GraphQlExceptionHandler
	GraphQLError forbidden(ForbiddenException ex, DataFetchingEnvironment env) {
		return error(ErrorType.FORBIDDEN, ex.getMessage(), env);
	}

	@GraphQlExceptionHandler
	GraphQLError unknownService(UnknownServiceException ex, DataFetchingEnvironment env) {
		return error(ErrorType.NOT_FOUND, ex.getMessage(), env);
	}

	@GraphQlExceptionHandler
	GraphQLError unavailable(GraphUnavailableException ex, DataFetchingEnvironment env) {
		log.warn("Neo4j unavailable while resolving {}: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
		return retryLater(ex.getMessage(), ex.retryAfterSeconds(), env);
	}

	@GraphQlExceptionHandler
	GraphQLError busy(BusyException ex, DataFetchingEnvironment env) {
		return retryLater(ex.getMessage(), ex.retryAfterSeconds(), env);
	}

	@GraphQlExceptionHandler
	GraphQLError timedOut(WriteTimeoutException ex, DataFetchingEnvironment env) {
		return retryLater(ex.getMessage(), 1, env);
	}

	@GraphQlExceptionHandler
	GraphQLError storageFull(StorageSpace.FullException ex, DataFetchingEnvironment env) {
		log.warn("Write refused: {}", ex.getMessage());
		return error(ErrorType.INTERNAL_ERROR, ex.getMessage(), env);
	}

	@GraphQlExceptionHandler
	GraphQLError unexpected(RuntimeException ex, DataFetchingEnvironment env) {
		log.error("Failed to resolve {}", env.getExecutionStepInfo().getPath(), ex);
		return error(ErrorType.INTERNAL_ERROR, "the service failed to answer this field; the log has the details", env);
	}

	/** A failure that is not the client's: the same request may succeed after {@code seconds}. */
	private static GraphQLError retryLater(String message, long seconds, DataFetchingEnvironment env) {
		return GraphQLError.newError()
				.errorType(ErrorType.INTERNAL_ERROR)
				.message(message)
				.path(env.getExecutionStepInfo().getPath())
				.location(env.getField().getSourceLocation())
				.extensions(java.util.Map.of("retryAfterSeconds", seconds))
				.build();
	}

	private static GraphQLError error(ErrorType type, String message, DataFetchingEnvironment env) {
		return GraphQLError.newError()
				.errorType(type)
				.message(message)
				.path(env.getExecutionStepInfo().getPath())
				.location(env.getField().getSourceLocation())
				.build();
	}

}
