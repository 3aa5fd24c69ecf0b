package dev.cloudkg;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import dev.cloudkg.embedded.EmbeddedNeo4j;
import dev.cloudkg.embedded.EmbeddedProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on a Neo4j server (through NEO4J_URI) that goes down and comes back: while it is down reads fail
 * in at most 5 s with an error naming the cause, imports answer 503 with Retry-After, readiness is DOWN; once it
 * is back, answers come back without restarting the service.
 */
class Neo4jOutageTests {

	private static final String PASSWORD = "outage-test-password";

	@TempDir
	Path serverDir;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void whileNeo4jIsDownRequestsFailFastAndClearlyAndTheyRecoverWhenItIsBack() throws Exception {
		int bolt = freePort();
		EmbeddedNeo4j server = start(bolt);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CloudKgApplication.class)
				.run("--server.port=0", "--NEO4J_URI=bolt://localhost:" + bolt, "--NEO4J_PASSWORD=" + PASSWORD)) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			assertThat(lambdaId(port)).isEqualTo("lambda");
			assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);

			server.close();

			long start = System.nanoTime();
			var errors = client(port).document("{ service(id: \"lambda\") { id } }").executeSync().getErrors();
			Duration read = Duration.ofNanos(System.nanoTime() - start);
			assertThat(read).as("a read against a stopped Neo4j").isLessThanOrEqualTo(Duration.ofSeconds(5));
			assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).contains("not reachable", "localhost:" + bolt);
				assertThat(error.getExtensions()).containsEntry("retryAfterSeconds", 5);
			});

			start = System.nanoTime();
			HttpResponse<String> imported = http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/notes/outage"))
							.header("Content-Type", "text/markdown")
							.POST(HttpRequest.BodyPublishers.ofString("# Outage\n\nAmazon MQ runs on EC2.\n"))
							.build(), HttpResponse.BodyHandlers.ofString());
			Duration write = Duration.ofNanos(System.nanoTime() - start);
			assertThat(imported.statusCode()).as(imported.body()).isEqualTo(503);
			assertThat(imported.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(imported.body()).contains("not reachable", "Nothing was read or written");
			assertThat(write).as("an import against a stopped Neo4j").isLessThanOrEqualTo(Duration.ofSeconds(5));
			System.out.printf("Neo4j stopped: a read failed in %d ms, an import in %d ms%n", read.toMillis(),
					write.toMillis());

			HttpResponse<String> readiness = get(port, "/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("\"neo4j\":{").contains("\"status\":\"DOWN\"");

			server = start(bolt);
			String id = null;
			for (long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos(); id == null
					&& System.nanoTime() < deadline;) {
				id = lambdaId(port);
			}
			assertThat(id).as("answers come back once Neo4j is up again").isEqualTo("lambda");
			assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
		}
		finally {
			server.close();
		}
	}

	private EmbeddedNeo4j start(int bolt) {
		return EmbeddedNeo4j.start(new EmbeddedProperties(serverDir, "localhost", bolt, 0, PASSWORD));
	}

	private static String lambdaId(int port) {
		var response = client(port).document("{ service(id: \"lambda\") { id } }").executeSync();
		return response.getErrors().isEmpty() ? response.field("service.id").getValue() : null;
	}

	/** A real GraphQL client over HTTP that returns errors instead of throwing them. */
	private static HttpSyncGraphQlClient client(int port) {
		return HttpSyncGraphQlClient.builder(RestClient.create("http://localhost:" + port + "/graphql")).build();
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
