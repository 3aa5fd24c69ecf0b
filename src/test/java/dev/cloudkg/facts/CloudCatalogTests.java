package dev.cloudkg.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.cloudkg.facts.Vocabulary.KnownService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The cloud catalogue of graph-seed/catalog, read as the service reads it at start (without Spring). */
class CloudCatalogTests {

	private static final Path SEED = Path.of("graph-seed");

	private static final Vocabulary VOCABULARY = Vocabulary.load(SEED);

	/** The categories graph-seed/README.md lists; a new one is a decision, not a typo. */
	private static final Set<String> CATEGORIES = Set.of("compute", "containers", "storage", "database", "networking",
			"integration", "analytics", "management", "security", "ml", "developer-tools", "iot", "media", "migration",
			"end-user");

	@TempDir
	Path seed;

	@Test
	void theCatalogueKnowsTheServicesOfAwsGoogleCloudAndAzure() {
		Map<String, Long> perProvider = VOCABULARY.services().stream()
				.collect(Collectors.groupingBy(KnownService::provider, Collectors.counting()));
		assertThat(perProvider.keySet()).containsExactlyInAnyOrder("aws", "gcp", "azure", "other");
		assertThat(perProvider.get("aws")).isGreaterThanOrEqualTo(200);
		assertThat(perProvider.get("gcp")).isGreaterThanOrEqualTo(80);
		assertThat(perProvider.get("azure")).isGreaterThanOrEqualTo(80);
		assertThat(VOCABULARY.services().stream().filter(s -> s.provider().equals("other")))
				.as("only open technologies belong to no provider")
				.allSatisfy(s -> assertThat(s.kind()).isEqualTo("technology"))
				.extracting(KnownService::id)
				.contains("docker", "kubernetes", "firecracker", "redis", "postgresql", "kafka");
	}

	@Test
	void theVocabularysOwnServicesComeFirstAndKeepTheirEntries() throws IOException {
		Vocabulary alone = Vocabulary.parse("vocabulary.yaml", Files.readString(SEED.resolve("vocabulary.yaml")));
		assertThat(VOCABULARY.services()).startsWith(alone.services().toArray(KnownService[]::new));
		assertThat(alone.services()).filteredOn(s -> !s.provider().equals("other"))
				.allMatch(s -> s.provider().equals("aws"));
	}

	@Test
	void everyIdIsASlugAndEveryEntryHasAKnownKindAndCategory() {
		assertThat(VOCABULARY.services()).allSatisfy(service -> {
			assertThat(service.id()).as(service.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
			assertThat(service.kind()).as(service.id()).isIn("service", "component", "technology", "concept");
			assertThat(service.category()).as(service.id()).isIn(CATEGORIES);
			assertThat(service.name()).as(service.id()).isNotBlank();
		});
	}

	@Test
	void everyNameAndAliasIdentifiesOneService() {
		Set<String> prefixes = Set.of("aws", "amazon");
		Map<String, String> owners = new HashMap<>();
		for (KnownService service : VOCABULARY.services()) {
			for (String name : service.names()) {
				String owner = owners.putIfAbsent(CloudCatalog.key(name, prefixes), service.id());
				assertThat(owner).as("'" + name + "' of " + service.id()).isIn(null, service.id());
			}
		}
		assertThat(VOCABULARY.services().stream().map(KnownService::id).distinct())
				.hasSameSizeAs(VOCABULARY.services());
	}

	@ParameterizedTest(name = "{0} is {1} ({2})")
	@CsvSource({"GKE, gke, gcp", "gke, gke, gcp", "Google Kubernetes Engine, gke, gcp", "AKS, aks, azure",
			"Azure Kubernetes Service, aks, azure", "Cloud SQL, cloud-sql, gcp", "cloud sql, cloud-sql, gcp",
			"BigQuery, bigquery, gcp", "Big Query, bigquery, gcp", "Cloud Run, cloud-run, gcp",
			"Azure Functions, azure-functions, azure",
			"Cosmos DB, cosmos-db, azure", "Azure Cosmos DB, cosmos-db, azure", "GCS, cloud-storage, gcp",
			"GCE, compute-engine, gcp",
			"Pub/Sub, pub-sub, gcp", "ACI, azure-container-instances, azure", "ACR, azure-container-registry, azure",
			"ADF, azure-data-factory, azure", "Azure AD, entra-id, azure", "SQS, sqs, aws", "AWS Lambda, lambda, aws",
			"Amazon Athena, athena, aws", "Kinesis Data Firehose, data-firehose, aws", "Route53, route-53, aws",
			"Docker, docker, other"})
	void namesAbbreviationsAndFullNamesResolveIgnoringCase(String name, String id, String provider) {
		assertThat(VOCABULARY.service(name)).as(name).hasValueSatisfying(service -> {
			assertThat(service.id()).isEqualTo(id);
			assertThat(service.provider()).isEqualTo(provider);
		});
		assertThat(VOCABULARY.service(name.toUpperCase())).map(KnownService::id).hasValue(id);
	}

	@Test
	void everydayWordsAloneNameNoCloudService() {
		assertThat(
				List.of("Functions", "Storage", "Batch Jobs", "Monitor", "Workflows", "Console", "Health", "CLI", "Q"))
				.allSatisfy(word -> assertThat(VOCABULARY.service(word)).as(word).isEmpty());
	}

	@Test
	void aBadCatalogueFileNamesItsFileAndLine() throws IOException {
		Files.createDirectories(seed.resolve("catalog"));
		Files.copy(SEED.resolve("vocabulary.yaml"), seed.resolve("vocabulary.yaml"));
		Files.writeString(seed.resolve("catalog/gcp.yaml"), """
				provider: gcp
				services:
				  cloud-run: {name: Cloud Run, kind: service, category: compute}
				  cloud-tasks: {name: Cloud Tasks, kind: servce, category: integration}
				""");
		assertThatExceptionOfType(FactsFormatException.class).isThrownBy(() -> Vocabulary.load(seed))
				.withMessage("catalog/gcp.yaml:4: kind 'servce' is not one of service, technology, component, concept");

		Files.writeString(seed.resolve("catalog/gcp.yaml"), "services:\n  cloud-run: {name: Cloud Run}\n");
		assertThatExceptionOfType(FactsFormatException.class).isThrownBy(() -> Vocabulary.load(seed))
				.withMessage("catalog/gcp.yaml:1: no 'provider'; a catalogue file starts with e.g. 'provider: aws'");

		Files.writeString(seed.resolve("catalog/gcp.yaml"),
				"provider: google\nservices:\n  cloud-run: {name: Cloud Run}\n");
		assertThatExceptionOfType(FactsFormatException.class).isThrownBy(() -> Vocabulary.load(seed))
				.withMessage("catalog/gcp.yaml:1: provider 'google' is not one of aws, gcp, azure, other");

		Files.writeString(seed.resolve("catalog/gcp.yaml"),
				"provider: gcp\nservices:\n  Cloud Run: {name: Cloud Run}\n");
		assertThatExceptionOfType(FactsFormatException.class).isThrownBy(() -> Vocabulary.load(seed))
				.withMessage(
						"catalog/gcp.yaml:3: 'Cloud Run' under services is not a lowercase slug such as api-gateway");
	}

	@Test
	void aNameClaimedByTwoServicesNamesBothPlaces() throws IOException {
		Files.createDirectories(seed.resolve("catalog"));
		Files.copy(SEED.resolve("vocabulary.yaml"), seed.resolve("vocabulary.yaml"));
		Files.writeString(seed.resolve("catalog/azure.yaml"), """
				provider: azure
				services:
				  aks: {name: AKS, fullName: Azure Kubernetes Service, category: containers}
				""");
		Files.writeString(seed.resolve("catalog/gcp.yaml"), """
				provider: gcp
				services:
				  gke: {name: GKE, fullName: Google Kubernetes Engine, category: containers}
				  anthos: {name: Anthos, aliases: [Kubernetes Engine, aks], category: containers}
				""");
		assertThatExceptionOfType(FactsFormatException.class).isThrownBy(() -> Vocabulary.load(seed))
				.withMessage(
						"catalog/gcp.yaml:4: name 'aks' of anthos is already a name of aks at catalog/azure.yaml:3;"
								+ " a name must identify one service");

		Files.writeString(seed.resolve("catalog/gcp.yaml"), """
				provider: gcp
				services:
				  lambda: {name: Cloud Functions, category: compute}
				""");
		assertThatExceptionOfType(FactsFormatException.class).isThrownBy(() -> Vocabulary.load(seed))
				.withMessageStartingWith(
						"catalog/gcp.yaml:3: service 'lambda' is already declared at vocabulary.yaml:");

		Files.writeString(seed.resolve("catalog/gcp.yaml"), """
				provider: gcp
				services:
				  cloud-functions: {name: Cloud Functions, aliases: [Amazon Lambda], category: compute}
				""");
		assertThatExceptionOfType(FactsFormatException.class).isThrownBy(() -> Vocabulary.load(seed))
				.withMessageStartingWith(
						"catalog/gcp.yaml:3: name 'Amazon Lambda' of cloud-functions is already a name of lambda at vocabulary.yaml:");
	}

	@Test
	void theVocabularyAloneStillParsesAndAFolderWithoutCatalogueIsTheVocabulary() throws IOException {
		Files.copy(SEED.resolve("vocabulary.yaml"), seed.resolve("vocabulary.yaml"));
		Vocabulary alone = Vocabulary.load(seed);
		assertThat(alone.services()).extracting(KnownService::id).contains("lambda", "docker").doesNotContain("gke");
		assertThat(alone.service("Lambda")).map(KnownService::provider).hasValue("aws");
	}

	@Test
	void readingTheCatalogueTakesMilliseconds() {
		Function<Integer, Long> fastest = runs -> {
			long best = Long.MAX_VALUE;
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				Vocabulary.load(SEED);
				best = Math.min(best, System.nanoTime() - start);
			}
			return best / 1_000_000;
		};
		fastest.apply(5);
		long millis = fastest.apply(5);
		System.out.println("vocabulary + catalogue (" + VOCABULARY.services().size() + " services) read in " + millis
				+ " ms warm");
		// generous for a busy build machine; measured at a few ms
		assertThat(millis).isLessThan(100);
	}

}
