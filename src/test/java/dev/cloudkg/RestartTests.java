package dev.cloudkg;

import java.nio.file.Path;
import java.util.Map;

import dev.cloudkg.embedded.EmbeddedNeo4j;
import dev.cloudkg.notes.SeedLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The service started, stopped and started again on the same data directory. */
class RestartTests {

	@TempDir
	Path dataDir;

	@TempDir
	Path notesDir;

	private ConfigurableApplicationContext start(String... more) {
		java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--server.port=0",
				"--cloudkg.embedded.bolt-port=0", "--cloudkg.embedded.http-port=0",
				"--cloudkg.embedded.data-dir=" + dataDir));
		args.addAll(java.util.List.of(more));
		return new SpringApplicationBuilder(CloudKgApplication.class).run(args.toArray(String[]::new));
	}

	private static Map<String, Object> counts(Driver driver) {
		return driver.executableQuery("""
				MATCH (n) WITH count(n) AS nodes
				MATCH ()-[r]->() WITH nodes, count(r) AS relationships
				MATCH (m:Marker) RETURN nodes, relationships, count(m) AS markers""").execute().records().get(0)
				.asMap();
	}

	@Test
	void startingTwiceKeepsWhatWasWrittenAndLoadsTheSeedOnce() {
		Map<String, Object> first;
		try (ConfigurableApplicationContext app = start()) {
			assertThat(app.getBeansOfType(EmbeddedNeo4j.class)).hasSize(1);
			Driver driver = app.getBean(Driver.class);
			driver.executableQuery("CREATE (:Marker {id: 'written-before-stop'})").execute();
			first = counts(driver);
			assertThat((Long) first.get("nodes")).isGreaterThan(16);
		}
		try (ConfigurableApplicationContext app = start()) {
			Map<String, Object> second = counts(app.getBean(Driver.class));
			assertThat(second).isEqualTo(first);
			assertThat(second.get("markers")).isEqualTo(1L);
		}
	}

	@Test
	void anUnchangedNoteIsNotReadAgainAtStartAndAnEditedOneIs() throws Exception {
		java.nio.file.Files.writeString(notesDir.resolve("queues.md"),
				"# Queues\n\nAmazon SQS integrates with Lambda.\n");
		java.nio.file.Files.writeString(notesDir.resolve("streams.md"), "# Streams\n\nAmazon Kinesis runs on EC2.\n");
		// written in one batch with the others, and refused alone
		java.nio.file.Files.write(notesDir.resolve("broken.md"), new byte[]{'#', ' ', 'B', 0, 1, 2});
		String folder = "--cloudkg.notes.dir=" + notesDir;
		try (ConfigurableApplicationContext app = start(folder, "--cloudkg.notes.watch=false")) {
			assertThat(app.getBean(SeedLoader.class).unchanged()).as("a first start reads every note").isZero();
			assertThat(app.getBean(SeedLoader.class).problems()).singleElement().asString().contains("broken",
					"binary");
			assertThat(runsOn(app.getBean(Driver.class), "kinesis")).containsExactly("ec2");
			assertThat(runsOn(app.getBean(Driver.class), "sqs")).isEmpty();
			assertThat(app.getBean(Driver.class).executableQuery(
					"MATCH (:Service {id: 'sqs'})-[:INTEGRATES_WITH]->(t) RETURN t.id AS id").execute().records())
					.extracting(r -> r.get("id").asString()).containsExactly("lambda");
		}
		java.nio.file.Files.delete(notesDir.resolve("broken.md"));
		try (ConfigurableApplicationContext app = start(folder, "--cloudkg.notes.watch=false")) {
			// the seed note and both notes of the folder, as they were
			assertThat(app.getBean(SeedLoader.class).unchanged()).isEqualTo(3);
			assertThat(runsOn(app.getBean(Driver.class), "kinesis")).containsExactly("ec2");
		}
		java.nio.file.Files.writeString(notesDir.resolve("streams.md"), "# Streams\n\nAmazon Kinesis runs on ECS.\n");
		try (ConfigurableApplicationContext app = start(folder, "--cloudkg.notes.watch=false")) {
			assertThat(app.getBean(SeedLoader.class).unchanged()).isEqualTo(2);
			assertThat(runsOn(app.getBean(Driver.class), "kinesis")).containsExactly("ecs");
		}
	}

	private static java.util.List<Object> runsOn(Driver driver, String id) {
		return driver.executableQuery("MATCH (:Service {id: $id})-[:RUNS_ON]->(t) RETURN t.id AS id ORDER BY id")
				.withParameters(Map.of("id", id)).execute().records().stream().map(r -> r.get("id").asObject())
				.toList();
	}

}
