package dev.cloudkg.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.cloudkg.facts.Statement;
import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.model.FactKind;
import dev.cloudkg.notes.FactExtractor.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of known names must not make the extractor see services in ordinary text: every AWS note the
 * tests use reads the same with the cloud catalogue as with the vocabulary alone (same services, same facts
 * on the same lines), and the catalogue's names work in notes about other clouds.
 */
class CatalogueInNotesTests {

	private static final FactExtractor ALONE = new FactExtractor(vocabularyAlone());

	private static final FactExtractor WITH_CATALOGUE = new FactExtractor(Vocabulary.load(Path.of("graph-seed")));

	static Stream<Path> notes() throws IOException {
		List<Path> notes = new ArrayList<>(List.of(Path.of("graph-seed/notes/aws-compute.md")));
		for (String folder : List.of("src/test/resources/notes", "src/test/resources/import-notes")) {
			try (Stream<Path> files = Files.list(Path.of(folder))) {
				// gcp-serverless.md is about Google Cloud: written to need the catalogue
				files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().startsWith("gcp-"))
						.sorted().forEach(notes::add);
			}
		}
		return notes.stream();
	}

	@ParameterizedTest
	@MethodSource("notes")
	void aNoteLosesNothingWithTheCatalogue(Path note) throws IOException {
		String text = Files.readString(note);
		List<String> alone;
		try {
			alone = facts(ALONE.extract(note.getFileName().toString(), text));
		}
		catch (RuntimeException refused) {
			return; // notes the tests expect to be refused
		}
		// the catalogue only adds: services the note merely mentions, and what they relate to
		assertThat(facts(WITH_CATALOGUE.extract(note.getFileName().toString(), text))).as(note.toString())
				.containsAll(alone);
	}

	@Test
	void aLowerCaseGoogleCloudNoteNamesItsServicesButNotEverydayPhrases() {
		Extraction extraction = WITH_CATALOGUE.extract("gcp.md", """
				# my gcp notes

				gke runs containers and integrates with cloud sql. bigquery is serverless.
				we keep the files in cloud storage and watch them with cloud monitoring.
				""");
		assertThat(extraction.statements()).filteredOn(s -> s.fact() == FactKind.EXISTS)
				.extracting(s -> s.subject() + "=" + s.values().get("provider"))
				.contains("gke=gcp", "cloud-sql=gcp", "bigquery=gcp")
				.doesNotContain("cloud-storage=gcp", "cloud-monitoring=gcp");
	}

	@Test
	void azureAndGoogleCloudNamesAreKnownWithTheirProvider() {
		Extraction extraction = WITH_CATALOGUE.extract("serverless.md", """
				# Serverless on three clouds

				## Azure Functions

				Azure Functions is serverless and integrates with Cosmos DB and Event Grid.

				## Cloud Run

				Cloud Run is an alternative to AKS and Azure Container Apps.
				""");
		assertThat(extraction.statements()).filteredOn(s -> s.fact() == FactKind.EXISTS)
				.extracting(s -> s.subject() + "=" + s.values().get("provider"))
				.containsExactlyInAnyOrder("azure-functions=azure", "cosmos-db=azure", "event-grid=azure",
						"cloud-run=gcp",
						"aks=azure", "azure-container-apps=azure");
		assertThat(extraction.warnings()).noneMatch(w -> w.message().contains("not in the vocabulary"));
	}

	private static List<String> facts(Extraction extraction) {
		return extraction.statements().stream().map(CatalogueInNotesTests::fact).toList();
	}

	private static String fact(Statement statement) {
		return statement.subject() + " " + statement.key() + " @" + statement.line();
	}

	private static Vocabulary vocabularyAlone() {
		try {
			return Vocabulary.parse("vocabulary.yaml", Files.readString(Path.of("graph-seed/vocabulary.yaml")));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
