package dev.cloudkg.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code cloudkg.graphql.trusted-documents} set, only the documents of that folder run: by full text, by
 * {@code documentId} (hash or file name) or by Apollo's persisted-query hash; anything else is refused, over HTTP and
 * WebSocket alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"cloudkg.embedded.bolt-port=0", "cloudkg.embedded.http-port=0",
		"cloudkg.embedded.data-dir=target/test-graph/${random.uuid}"})
class TrustedDocumentsTests {

	static final String TRAITS = "query Traits { traits { id } }\n";

	static final String FOLDER_PATH = "target/trusted-documents/" + System.nanoTime();

	@DynamicPropertySource
	static void trustedDocuments(DynamicPropertyRegistry registry) {
		try {
			Path folder = Files.createDirectories(Path.of(FOLDER_PATH, "catalog"));
			Files.writeString(folder.resolve("traits.graphql"), TRAITS);
			Files.writeString(folder.getParent().resolve("live.graphql"),
					"subscription { noteImported { noteId } }\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		registry.add("cloudkg.graphql.trusted-documents", () -> FOLDER_PATH);
	}

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aRegisteredDocumentRunsByItsFullText() throws Exception {
		Map<String, Object> body = post(Map.of("query", TRAITS), 200);
		assertThat(traitIds(body)).contains("auto-scaling");
		assertThat(body).doesNotContainKey("errors");
		// white space around the text does not matter
		assertThat(traitIds(post(Map.of("query", "\n  " + TRAITS.strip() + "  "), 200))).contains("auto-scaling");
	}

	@Test
	void aRegisteredDocumentRunsByItsIdHashOrFileNameOrApollosPersistedQueryHash() throws Exception {
		String hash = TrustedDocuments.sha256(TRAITS);
		assertThat(traitIds(post(Map.of("documentId", hash), 200))).contains("auto-scaling");
		assertThat(traitIds(post(Map.of("documentId", "traits"), 200))).contains("auto-scaling");
		assertThat(traitIds(post(
				Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))), 200)))
				.contains("auto-scaling");
	}

	@Test
	@SuppressWarnings("unchecked")
	void anUnregisteredDocumentIsRefusedSayingWhy() throws Exception {
		Map<String, Object> refused = post(Map.of("query", "{ traits { id name } }"), 200);
		assertThat(refused).doesNotContainKey("data");
		Map<String, Object> error = ((List<Map<String, Object>>) refused.get("errors")).get(0);
		assertThat((String) error.get("message")).contains("not one of the trusted documents",
				"cloudkg.graphql.trusted-documents");
		assertThat((Map<String, Object>) error.get("extensions")).containsEntry("code", "PERSISTED_QUERY_NOT_FOUND")
				.containsEntry("classification", "FORBIDDEN");

		Map<String, Object> unknownId = post(Map.of("documentId", "0".repeat(64)), 200);
		assertThat((String) ((List<Map<String, Object>>) unknownId.get("errors")).get(0).get("message"))
				.contains("no trusted document has the id '" + "0".repeat(64) + "'");

		// GraphQL over HTTP's own media type answers a request error with 400
		HttpResponse<String> strict = http.send(request(Map.of("query", "{ traits { id name } }"))
				.header("Accept", "application/graphql-response+json")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(strict.statusCode()).isEqualTo(400);
		assertThat(strict.body()).contains("PERSISTED_QUERY_NOT_FOUND");
	}

	@Test
	void overWebSocketOnlyRegisteredDocumentsRunToo() {
		WebSocketGraphQlClient client = WebSocketGraphQlClient
				.builder("ws://localhost:" + port + "/graphql", new StandardWebSocketClient())
				.build();
		try {
			List<ResponseError> errors;
			try {
				ClientGraphQlResponse response = client.document("subscription { noteImported { noteId facts } }")
						.executeSubscription()
						.blockFirst(Duration.ofSeconds(10));
				errors = (response != null) ? response.getErrors() : List.of();
			}
			catch (SubscriptionErrorException ex) {
				errors = ex.getErrors();
			}
			assertThat(errors).singleElement()
					.satisfies(e -> assertThat(e.getMessage()).contains("cloudkg.graphql.trusted-documents"))
					.satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "PERSISTED_QUERY_NOT_FOUND"));
			ClientGraphQlResponse traits = client.document(TRAITS).execute().block(Duration.ofSeconds(10));
			assertThat(traits.getErrors()).isEmpty();
			assertThat(traits.field("traits").toEntityList(Map.class)).isNotEmpty();
		}
		finally {
			client.stop().block(Duration.ofSeconds(5));
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> traitIds(Map<String, Object> body) {
		assertThat(body).as("%s", body).containsKey("data");
		return ((List<Map<String, Object>>) ((Map<String, Object>) body.get("data")).get("traits")).stream()
				.map(t -> (String) t.get("id"))
				.toList();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> post(Map<String, Object> body, int status) throws Exception {
		HttpResponse<String> response = http.send(request(body).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return JsonMapper.shared().readValue(response.body(), Map.class);
	}

	private HttpRequest.Builder request(Map<String, Object> body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(body)));
	}

}
