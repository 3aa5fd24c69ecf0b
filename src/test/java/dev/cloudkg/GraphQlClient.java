package dev.cloudkg;

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

}
