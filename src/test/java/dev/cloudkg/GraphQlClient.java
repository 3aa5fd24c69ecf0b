package dev.cloudkg;

import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A real GraphQL client over HTTP against a running service. */
public final class GraphQlClient {

	private GraphQlClient() {
	}

	public static HttpGraphQlTester to(int port) {
		WebTestClient.Builder client = WebTestClient.bindToServer(new JdkClientHttpConnector())
				.baseUrl("http://localhost:" + port + "/graphql");
		// a cold JVM on two busy cores can take more than the default 5 s for a first import
		return HttpGraphQlTester.builder(client).responseTimeout(java.time.Duration.ofSeconds(30)).build();
	}

	/**
	 * POSTs {@code query} with the header {@code X-CloudKG-Explain} and returns the whole response body (data, errors,
	 * {@code extensions.cypher}); the status must be 200.
	 */
	public static Map<String, Object> explained(int port, String query) {
		return post(port, query, true);
	}

	/**
	 * POSTs {@code query}, with the header {@code X-CloudKG-Explain} when {@code explain}, and returns the whole
	 * response body; the status must be 200.
	 */
	public static Map<String, Object> post(int port, String query, boolean explain) {
		return WebTestClient.bindToServer(new JdkClientHttpConnector())
				.baseUrl("http://localhost:" + port)
				.build()
				.post()
				.uri("/graphql")
				.headers(h -> {
					if (explain) {
						h.set("X-CloudKG-Explain", "true");
					}
				})
				.bodyValue(Map.of("query", query))
				.exchange()
				.expectStatus().isOk()
				.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.returnResult()
				.getResponseBody();
	}

}
