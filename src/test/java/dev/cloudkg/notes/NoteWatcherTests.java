package dev.cloudkg.notes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import dev.cloudkg.GraphQlClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A note saved in the notes folder while the service runs is imported; an edit re-imported; a deletion retracted. */
@NotesOnlyTest
class NoteWatcherTests {

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		NotesOnlyTest.Folders.register(registry);
	}

	@LocalServerPort
	int port;

	@Test
	void savingEditingAndDeletingANoteInTheFolderChangesTheGraph() throws Exception {
		HttpGraphQlTester graphQl = GraphQlClient.to(port);
		Path note = NotesOnlyTest.Folders.NOTES.resolve("queues.md");
		Supplier<List<String>> targets = () -> graphQl
				.document("{ service(id: \"sqs\") { relations { type service { id } } } }")
				.execute()
				.path("service.relations[*].service.id")
				.hasValue()
				.entityList(String.class)
				.get();

		Files.writeString(note, "# Queues\n\nAmazon SQS integrates with Lambda.\n");
		assertThat(eventually(() -> serviceExists(graphQl, "sqs"), true)).isTrue();
		assertThat(targets.get()).containsExactly("lambda");

		Files.writeString(note, "# Queues\n\nAmazon SQS integrates with Lambda and SNS.\n");
		assertThat(eventually(() -> targets.get().size(), 2)).isEqualTo(2);
		assertThat(targets.get()).containsExactlyInAnyOrder("lambda", "sns");

		Files.writeString(note, "# Queues\n\nAmazon SQS integrates with Lambda.\n\u0000\u0001PNG\n");
		Thread.sleep(2_000);
		assertThat(targets.get()).as("a bad save keeps the previous version").containsExactlyInAnyOrder("lambda",
				"sns");

		Files.delete(note);
		assertThat(eventually(() -> serviceExists(graphQl, "sqs"), false)).isFalse();
	}

	private static boolean serviceExists(HttpGraphQlTester graphQl, String id) {
		return graphQl.document("{ service(id: \"" + id + "\") { id } }").execute().returnResponse().field("service")
				.getValue() != null;
	}

	/** Polls until the value is the expected one or ten seconds have passed; returns the last value. */
	private static <T> T eventually(Supplier<T> value, T expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		T last = value.get();
		while (!expected.equals(last) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			last = value.get();
		}
		return last;
	}

}
