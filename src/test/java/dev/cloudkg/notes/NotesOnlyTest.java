package dev.cloudkg.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The service built from notes alone: a seed folder with the seed note and a vocabulary extended with a
 * user's own relation verb ({@code CACHES}, phrase "cache for"), curated facts switched off, a notes folder
 * of the user's own (watched), and an API key protecting changes. Classes with this annotation share
 * one started service.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"cloudkg.embedded.bolt-port=0", "cloudkg.embedded.http-port=0",
		"cloudkg.embedded.data-dir=target/test-graph/${random.uuid}", "cloudkg.seed.facts=false",
		"cloudkg.api-key=" + NotesOnlyTest.API_KEY, "cloudkg.notes.settle=200ms"})
@interface NotesOnlyTest {

	String API_KEY = "test-key-1234";

	/** Seed and notes folders made once per test run. */
	final class Folders {

		static final Path ROOT = create();

		static final Path SEED = ROOT.resolve("seed");

		static final Path NOTES = ROOT.resolve("my-notes");

		private Folders() {
		}

		private static Path create() {
			try {
				Path root = Files.createDirectories(Path.of("target/test-notes").toAbsolutePath())
						.resolve(Long.toString(System.nanoTime()));
				Path seed = Files.createDirectories(root.resolve("seed/notes"));
				String vocabulary = Files.readString(Path.of("graph-seed/vocabulary.yaml"))
						.replace("relations:\n",
								"relations:\n  CACHES:\n    description: The subject caches data of the object.\n"
										+ "    phrases: [cache for, caches]\n");
				Files.writeString(seed.getParent().resolve("vocabulary.yaml"), vocabulary);
				Files.copy(Path.of("graph-seed/notes/aws-compute.md"), seed.resolve("aws-compute.md"));
				Path notes = Files.createDirectories(root.resolve("my-notes/databases"));
				Files.writeString(notes.resolve("caching.md"),
						"# Caching\n\nAmazon ElastiCache is a cache for RDS and DynamoDB.\n");
				return root;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		static void register(DynamicPropertyRegistry registry) {
			registry.add("cloudkg.seed.dir", SEED::toString);
			registry.add("cloudkg.notes.dir", NOTES::toString);
		}

	}

}
