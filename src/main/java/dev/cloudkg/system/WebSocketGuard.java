package dev.cloudkg.system;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;

/**
 * Refuses mutations sent over the GraphQL WebSocket: FORBIDDEN, before they run. The socket is for the
 * {@code noteImported} subscription, a read, and stays open without the API key; a page the user merely visits may
 * open a WebSocket to localhost, and the key rules (headers checked per HTTP request) do not carry over to the
 * messages of a socket. Changes go over HTTP, where {@link CrossSiteFilter} and {@link ApiKeyGuard} check them.
 */
@Configuration(proxyBeanMethods = false)
class WebSocketGuard {

	/** The GraphQL context key marking a request that came over the WebSocket. */
	static final String CONTEXT_KEY = "cloudkg.webSocket";

	@Bean
	WebGraphQlInterceptor webSocketMarker() {
		return (request, chain) -> {
			if (request instanceof WebSocketGraphQlRequest) {
				request.configureExecutionInput(
						(input, builder) -> builder.graphQLContext(Map.of(CONTEXT_KEY, true)).build());
			}
			return chain.next(request);
		};
	}

	@Bean
	Instrumentation noMutationsOverWebSocket() {
		return new SimplePerformantInstrumentation() {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				var context = parameters.getExecutionContext();
				if (context.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION
						&& Boolean.TRUE.equals(context.getGraphQLContext().get(CONTEXT_KEY))) {
					throw new AbortExecutionException(List.of(GraphQLError.newError()
							.errorType(ErrorType.FORBIDDEN)
							.message("mutations are not accepted over the WebSocket, which is for subscriptions "
									+ "(noteImported): send importNote and deleteNote as an HTTP POST to the "
									+ "GraphQL endpoint, with the API key when cloudkg.api-key is set")
							.build()));
				}
				return super.beginExecuteOperation(parameters, state);
			}

		};
	}

}
