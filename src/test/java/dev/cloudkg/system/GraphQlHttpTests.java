package dev.cloudkg.system;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.cloudkg.CloudKgTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A GraphQL request that cannot be read is answered with why, GraphQL over HTTP style. */
@CloudKgTest
class GraphQlHttpTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(body)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String body) throws Exception {
		return post(HttpRequest.BodyPublishers.ofString(body));
	}

	@Test
	void aBatchIsRefusedSayingSo() throws Exception {
		HttpResponse<String> batch = post("[{\"query\": \"{ traits { id } }\"}, {\"query\": \"{ traits { id } }\"}]");
		assertThat(batch.statusCode()).isEqualTo(400);
		assertThat(batch.headers().firstValue("Content-Type"))
				.hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
		assertThat(batch.body())
				.startsWith("{\"errors\":[{\"message\":\"batched requests (a JSON array) are not supported");
	}

	@Test
	void invalidJsonIsRefusedWithWhereItBreaks() throws Exception {
		HttpResponse<String> invalid = post("{\"query\": \"{ traits { id } }\",\n oops}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("the body is not valid JSON: ", "(line 2, column");
	}

	@Test
	void anEmptyBodyOrNoQueryIsRefusedSayingWhatToSend() throws Exception {
		HttpResponse<String> empty = post("");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("{\\\"query\\\":");
		HttpResponse<String> noQuery = post("{\"variables\": {}}");
		assertThat(noQuery.statusCode()).isEqualTo(400);
		assertThat(noQuery.body()).contains("the body is not a GraphQL request (No 'query')");
		HttpResponse<String> notAnObject = post("\"{ traits { id } }\"");
		assertThat(notAnObject.statusCode()).isEqualTo(400);
		assertThat(notAnObject.body()).contains("\"errors\"");
	}

	@Test
	void aClientThatAcceptsNoJsonIsToldWhatTheAnswerIs() throws Exception {
		HttpResponse<String> xml = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Accept", "application/xml")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ traits { id } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(xml.statusCode()).isEqualTo(406);
		assertThat(xml.body()).contains("application/graphql-response+json", "accepts only application/xml");
	}

	@Test
	void aRequestOverTheLimitIsRefusedWhetherItDeclaresItsLengthOrNot() throws Exception {
		String huge = "{\"query\": \"{ traits { id } }\", \"variables\": {\"pad\": \"" + "x".repeat(3 * 1024 * 1024)
				+ "\"}}";
		HttpResponse<String> declared = post(huge);
		assertThat(declared.statusCode()).isEqualTo(413);
		assertThat(declared.body())
				.contains("the request is larger than 2MB, the limit (cloudkg.graphql.max-request-size)");

		byte[] bytes = huge.getBytes();
		HttpResponse<String> streamed = post(
				HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)));
		assertThat(streamed.statusCode()).isEqualTo(413);
		assertThat(streamed.body()).contains("cloudkg.graphql.max-request-size");
	}

	@Test
	void aGoodRequestStillWorksStreamed() throws Exception {
		byte[] bytes = "{\"query\": \"{ traits { id } }\"}".getBytes();
		HttpResponse<String> ok = post(
				HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new java.io.ByteArrayInputStream(bytes)));
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(ok.body()).contains("\"traits\"");
	}

	@Test
	void theStatementsAQueryRunsAreCountedInTheMetrics() throws Exception {
		assertThat(post("{\"query\": \"{ services(first: 3) { nodes { id relations { service { id } } } } }\"}")
				.statusCode())
				.isEqualTo(200);
		HttpResponse<String> metric = http.send(HttpRequest
				.newBuilder(URI.create(
						"http://localhost:" + port + "/actuator/metrics/cloudkg.graph.statements?tag=access:read"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(metric.statusCode()).isEqualTo(200);
		assertThat(metric.body()).contains("\"name\":\"cloudkg.graph.statements\"", "\"statistic\":\"COUNT\"")
				.doesNotContain("\"value\":0.0");
	}

}
