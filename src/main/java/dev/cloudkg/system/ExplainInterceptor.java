package dev.cloudkg.system;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.cloudkg.graph.StatementLog;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Lists the Cypher statements a request ran, with their time and rows, in the response's
 * {@code extensions.cypher}: for every request when {@code cloudkg.graphql.explain} is true, else for a
 * request with the header {@code X-CloudKG-Explain: true}.
 */
@Component
class ExplainInterceptor implements WebGraphQlInterceptor {

	static final String HEADER = "X-CloudKG-Explain";

	private final GraphQlProperties properties;

	ExplainInterceptor(GraphQlProperties properties) {
		this.properties = properties;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!properties.explain() && !"true".equalsIgnoreCase(request.getHeaders().getFirst(HEADER))) {
			return chain.next(request);
		}
		StatementLog log = new StatementLog();
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(Map.of(StatementLog.KEY, log)).build());
		return chain.next(request).map(response -> response.transform(builder -> {
			Map<Object, Object> extensions = new LinkedHashMap<>();
			if (response.getExecutionResult().getExtensions() != null) {
				extensions.putAll(response.getExecutionResult().getExtensions());
			}
			extensions.put("cypher", log.entries());
			builder.extensions(extensions);
		}));
	}

}
