package dev.cloudkg.system;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Hands the API key a GraphQL request carries to the mutations, which check it with {@link ApiKeyGuard}. */
@Component
class ApiKeyInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		HttpHeaders headers = request.getHeaders();
		ApiKeyGuard.Presented key = ApiKeyGuard.presented(headers.getFirst(ApiKeyGuard.HEADER),
				headers.getFirst(HttpHeaders.AUTHORIZATION));
		if (key != null) {
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(Map.of(ApiKeyGuard.CONTEXT_KEY, key)).build());
		}
		return chain.next(request);
	}

}
