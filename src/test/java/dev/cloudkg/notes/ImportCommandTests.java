package dev.cloudkg.notes;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.cloudkg.CloudKgApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar cloudkg.jar import NOTES...}: imports into the configured database, reports, and exits. */
class ImportCommandTests {

	@TempDir
	Path notes;

	@Test
	void importsEveryNoteShowsProgressAndFailsWhenOneIsBad() throws Exception {
		Path data = Path.of("target/test-graph/cli-" + System.nanoTime());
		Files.writeString(notes.resolve("queues.md"), "# Queues\n\nAmazon SQS integrates with Lambda.\n");
		// binary content: no app renders it as a note
		Files.writeString(notes.resolve("ragged.md"), "# Lambda\n\nfine\n\u0000\u0001PNG\n");

		Run first = run("import", notes.toString(), "--cloudkg.embedded.data-dir=" + data);
		assertThat(first.code()).isEqualTo(1);
		assertThat(first.out()).contains("[1/2] queues: ", "1 of 2 note(s) imported", "1 failed");
		assertThat(first.err()).contains("[2/2] FAILED", "ragged.md", "ragged:4:");

		Files.delete(notes.resolve("ragged.md"));
		Run second = run("import", notes.resolve("queues.md").toString(), "--cloudkg.embedded.data-dir=" + data);
		assertThat(second.code()).as("the first run's import is still in the data folder").isZero();
		assertThat(second.out()).contains("[1/1] queues: ", "unchanged", "1 of 1 note(s) imported");
	}

	@Test
	void withoutNotesItPrintsUsage() {
		Run run = run("import");
		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err()).contains("usage: java -jar cloudkg.jar import");
		assertThat(run("import", "no-such-file.md").err()).contains("no-such-file.md: no such file or folder");
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = ImportCommand.run(CloudKgApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Run(int code, String out, String err) {
	}

}
