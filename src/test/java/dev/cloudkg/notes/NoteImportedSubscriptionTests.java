package dev.cloudkg.notes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.cloudkg.GraphQlClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code noteImported} subscription over a real WebSocket (graphql-transport-ws): an upload over HTTP and a
 * note saved in the watched folder each arrive as their report, on the notes-only service whose changes need an API
 * key (subscribing does not). Mutations and cross-site handshakes are refused.
 */
@NotesOnlyTest
class NoteImportedSubscriptionTests {

	private static final String SUBSCRIPTION = """
			subscription { noteImported { noteId deleted facts note { id path }
			  created { service fact description } updated { service fact } retracted { service fact } } }""";

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		NotesOnlyTest.Folders.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	NoteImporter importer;

	private final HttpClient http = HttpClient.newHttpClient();

	private final BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();

	private final List<Throwable> failures = new ArrayList<>();

	private WebSocketGraphQlClient client;

	private Disposable subscription;

	private final List<String> written = new ArrayList<>();

	@BeforeEach
	@SuppressWarnings("unchecked")
	void subscribe() throws Exception {
		client = WebSocketGraphQlClient.builder("ws://localhost:" + port + "/graphql", new StandardWebSocketClient())
				.build();
		subscription = client.document(SUBSCRIPTION)
				.retrieveSubscription("noteImported")
				.toEntity(Map.class)
				.subscribe(event -> events.add(event), failures::add);
		// the server registers the subscription a moment after the client sent it: import until an event arrives
		for (int i = 0; i < 40; i++) {
			upload("live/warm-up", "# Warm up\n\nAmazon SQS integrates with Lambda.\n\nTry " + i + ".\n");
			if (next("live/warm-up", Duration.ofMillis(500)) != null) {
				events.clear();
				return;
			}
		}
		throw new AssertionError("no noteImported event within 20 s of subscribing: " + failures);
	}

	@AfterEach
	void unsubscribe() throws Exception {
		subscription.dispose();
		client.stop().block(Duration.ofSeconds(5));
		Files.deleteIfExists(NotesOnlyTest.Folders.NOTES.resolve("live-updates.md"));
		importer.deleteNote("live/warm-up");
		written.forEach(importer::deleteNote);
	}

	@Test
	@SuppressWarnings("unchecked")
	void anUploadOverHttpArrivesAsItsReportAndSoDoesItsDeletion() throws Exception {
		written.add("live/http-upload");
		Map<String, Object> report = upload("live/http-upload",
				"# Live upload\n\nAmazon SQS integrates with Lambda and SNS.\n");
		Map<String, Object> event = next("live/http-upload", Duration.ofSeconds(10));
		assertThat(event).as("the upload's event").isNotNull();
		assertThat(event).containsEntry("deleted", false)
				.containsEntry("facts", report.get("facts"))
				.hasEntrySatisfying("note",
						n -> assertThat((Map<String, Object>) n).containsEntry("id", "live/http-upload")
								.containsEntry("path", null));
		assertThat((List<Map<String, Object>>) event.get("created")).hasSameSizeAs((List<?>) report.get("created"))
				.extracting(c -> c.get("description"))
				.contains("INTEGRATES_WITH lambda", "INTEGRATES_WITH sns");
		assertThat((int) event.get("facts")).isPositive();
		assertThat((List<?>) event.get("retracted")).isEmpty();

		HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(uri("/notes/live/http-upload"))
				.header("X-API-Key", NotesOnlyTest.API_KEY)
				.DELETE()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(deleted.statusCode()).isEqualTo(200);
		Map<String, Object> deletion = next("live/http-upload", Duration.ofSeconds(10));
		assertThat(deletion).containsEntry("deleted", true).containsEntry("facts", 0).containsEntry("note", null);
		assertThat((List<?>) deletion.get("retracted")).hasSize((int) event.get("facts"));
	}

	@Test
	void unchangedReimportsAndDryRunsAreNotSent() throws Exception {
		written.add("live/same");
		String same = "# Same\n\nAmazon SQS integrates with Lambda.\n";
		upload("live/same", same);
		assertThat(next("live/same", Duration.ofSeconds(10))).isNotNull();
		assertThat(upload("live/same", same)).containsEntry("changed", false);
		assertThat(upload("live/same?dryRun=true", "# Same\n\nAmazon SQS integrates with SNS.\n"))
				.containsEntry("dryRun", true);
		written.add("live/after");
		upload("live/after", "# After\n\nAmazon SNS integrates with Lambda.\n");
		// events come in commit order: the next one is the changed import, nothing was sent for the two before
		Map<String, Object> nextEvent = events.poll(10, TimeUnit.SECONDS);
		assertThat(nextEvent).isNotNull().containsEntry("noteId", "live/after");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aNoteSavedInTheWatchedFolderArrivesAsItsReport() throws Exception {
		Path note = NotesOnlyTest.Folders.NOTES.resolve("live-updates.md");
		Files.writeString(note, "# Live\n\nAmazon SQS integrates with Lambda.\n");
		Map<String, Object> saved = next("live-updates", Duration.ofSeconds(15));
		assertThat(saved).as("the saved note's event").isNotNull().containsEntry("deleted", false);
		assertThat((Map<String, Object>) saved.get("note")).containsEntry("id", "live-updates")
				.hasEntrySatisfying("path", path -> assertThat((String) path).endsWith("live-updates.md"));
		assertThat((List<Map<String, Object>>) saved.get("created")).hasSize((int) saved.get("facts"))
				.extracting(c -> c.get("description"))
				.contains("INTEGRATES_WITH lambda");

		Files.writeString(note, "# Live\n\nAmazon SQS integrates with Lambda and SNS.\n");
		Map<String, Object> edited = next("live-updates", Duration.ofSeconds(15));
		assertThat(edited).as("the edit's event").isNotNull();
		assertThat((List<Map<String, Object>>) edited.get("created")).extracting(c -> c.get("description"))
				.contains("INTEGRATES_WITH sns")
				.doesNotContain("INTEGRATES_WITH lambda");
		assertThat((List<?>) edited.get("retracted")).isEmpty();

		Files.delete(note);
		Map<String, Object> removed = next("live-updates", Duration.ofSeconds(15));
		assertThat(removed).as("the deletion's event").isNotNull().containsEntry("deleted", true);
	}

	@Test
	void aMutationSentOverTheWebSocketIsRefusedAndChangesNothing() {
		ClientGraphQlResponse response = client
				.document("mutation { deleteNote(id: \"databases/caching\") { deleted } }")
				.execute()
				.onErrorResume(SubscriptionErrorException.class, ex -> reactor.core.publisher.Mono.empty())
				.block(Duration.ofSeconds(10));
		List<ResponseError> errors = (response != null) ? response.getErrors() : List.of();
		assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("mutations are not accepted over the WebSocket"))
				.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN"));
		assertThat(GraphQlClient.to(port)
				.document("{ note(id: \"databases/caching\") { id } }")
				.execute()
				.path("note.id")
				.entity(String.class)
				.get()).as("the note is still there").isEqualTo("databases/caching");
	}

	@Test
	void aSubscriptionTooDeepIsRefusedByTheDepthLimit() {
		String deep = "subscription { noteImported { note { services { relations { service { relations { service {"
				+ " relations { service { relations { service { id } } } } } } } } } } } }";
		List<ResponseError> errors;
		try {
			ClientGraphQlResponse response = client.document(deep)
					.executeSubscription()
					.blockFirst(Duration.ofSeconds(10));
			errors = (response != null) ? response.getErrors() : List.of();
		}
		catch (SubscriptionErrorException ex) {
			errors = ex.getErrors();
		}
		assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("levels deep", "cloudkg.graphql.max-depth"));
	}

	@Test
	void aCrossSiteHandshakeIsRefusedAndTheServicesOwnPageIsNot() {
		URI ws = URI.create("ws://localhost:" + port + "/graphql");
		assertThatExceptionOfType(CompletionException.class)
				.isThrownBy(() -> http.newWebSocketBuilder()
						.header("Origin", "http://evil.example")
						.subprotocols("graphql-transport-ws")
						.buildAsync(ws, new WebSocket.Listener() {
						})
						.join())
				.havingCause()
				.isInstanceOfSatisfying(WebSocketHandshakeException.class,
						ex -> assertThat(ex.getResponse().statusCode()).isEqualTo(403));
		WebSocket own = http.newWebSocketBuilder()
				.header("Origin", "http://localhost:" + port)
				.subprotocols("graphql-transport-ws")
				.buildAsync(ws, new WebSocket.Listener() {
				})
				.join();
		assertThat(own.getSubprotocol()).isEqualTo("graphql-transport-ws");
		own.abort();
	}

	/** The next event for {@code noteId} within {@code wait}, skipping others; null when none came. */
	private Map<String, Object> next(String noteId, Duration wait) throws InterruptedException {
		long deadline = System.nanoTime() + wait.toNanos();
		for (long left = wait.toNanos(); left > 0; left = deadline - System.nanoTime()) {
			Map<String, Object> event = events.poll(left, TimeUnit.NANOSECONDS);
			if (event != null && noteId.equals(event.get("noteId"))) {
				return event;
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> upload(String id, String markdown) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/notes/" + id))
				.header("Content-Type", "text/markdown")
				.header("X-API-Key", NotesOnlyTest.API_KEY)
				.POST(HttpRequest.BodyPublishers.ofString(markdown))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.shared().readValue(response.body(), Map.class);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
