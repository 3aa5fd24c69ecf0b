package dev.cloudkg;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.cloudkg.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user opens in a browser or scrapes: GraphiQL, the schema, health, metrics, the Browser guide. */
@CloudKgTest
class EndpointsTests {

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedNeo4j neo4j;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	private HttpResponse<String> get(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private String local(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void graphiqlAndTheSchemaAreServed() throws Exception {
		HttpResponse<String> graphiql = get(local("/graphiql"));
		assertThat(graphiql.statusCode()).isEqualTo(200);
		assertThat(graphiql.body()).containsIgnoringCase("graphiql");
		assertThat(get(local("/")).uri().getPath()).isEqualTo("/graphiql");
		HttpResponse<String> schema = get(local("/graphql/schema"));
		assertThat(schema.statusCode()).isEqualTo(200);
		assertThat(schema.body()).contains("type Service", "enum RelationType", "STORES_IMAGES_FOR", "ALTERNATIVE_TO",
				"\"The subject runs on the object's infrastructure (Batch runs on ECS).\"");
	}

	@Test
	void healthReportsNeo4j() throws Exception {
		HttpResponse<String> health = get(local("/actuator/health"));
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"neo4j\"", "\"edition\":\"community\"", "\"status\":\"UP\"");
	}

	@Test
	void readinessFollowsNeo4j() throws Exception {
		HttpResponse<String> readiness = get(local("/actuator/health/readiness"));
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"readinessState\"", "\"neo4j\"", "\"status\":\"UP\"");
	}

	@Test
	void metricsExposeGraphQlRequestsAndNothingElseIsExposed() throws Exception {
		GraphQlClient.to(port).document("{ traits { id } }").execute().path("traits").entityList(Object.class)
				.hasSizeGreaterThan(0);
		HttpResponse<String> metric = get(local("/actuator/metrics/graphql.request"));
		assertThat(metric.statusCode()).isEqualTo(200);
		assertThat(metric.body()).contains("\"COUNT\"");
		for (String hidden : new String[]{"/actuator/env", "/actuator/beans", "/actuator/configprops",
				"/actuator/heapdump"}) {
			assertThat(get(local(hidden)).statusCode()).as(hidden).isEqualTo(404);
		}
	}

	@Test
	void neo4jServesTheBrowserItsGuideAndStyle() throws Exception {
		assertThat(get(neo4j.httpUri() + "/browser/").statusCode()).isEqualTo(200);
		HttpResponse<String> guide = get(neo4j.httpUri() + "/cloudkg/guide.html");
		assertThat(guide.statusCode()).isEqualTo(200);
		assertThat(guide.body()).contains("<slide", "class=\"runnable\"",
				"s.serverless = true AND s.hasTimeLimit = false");
		HttpResponse<String> style = get(neo4j.httpUri() + "/cloudkg/style.grass");
		assertThat(style.body()).contains("node.Service", "node.Technology", "caption: '{name}'");
	}

}
