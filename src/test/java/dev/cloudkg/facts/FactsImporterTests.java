package dev.cloudkg.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.graph.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading sets of facts files, big and small, in the real graph beside the seed. */
@CloudKgTest
@ExtendWith(OutputCaptureExtension.class)
class FactsImporterTests {

	@Autowired
	FactsLoadWriter writer;

	@Autowired
	FactsFileReader reader;

	@Autowired
	Graph graph;

	@TempDir
	Path folder;

	private final List<String> written = new ArrayList<>();

	private FactsImporter importer(int batchSize) {
		return new FactsImporter(reader, writer, properties(batchSize));
	}

	private static SeedProperties properties(int batchSize) {
		return new SeedProperties(Path.of("graph-seed"), true, true, DataSize.ofGigabytes(1), batchSize);
	}

	@AfterEach
	void removeTheDocuments() throws IOException {
		List<SeedFiles.StreamedFile> empty = new ArrayList<>();
		for (String name : written) {
			empty.add(file(name, "services: []\n"));
		}
		importer(5000).load(empty);
		for (String name : written) {
			graph.write(tx -> tx.run("MATCH (d:Note {id: $id}) DETACH DELETE d", Map.of("id", "facts/" + name)));
		}
	}

	@Test
	void aFactsFileOfMoreThanThreeMillionCharactersLoads() throws IOException {
		Map<String, Object> before = counts();
		String text = facts(1, 8_000, i -> "RUNS_ON: [ec2, zz-big-" + (i % 8_000 + 1) + "]");
		assertThat(text.length()).isGreaterThan(3_145_728);
		long started = System.nanoTime();
		FactsImporter.Report report = importer(5000).load(List.of(file("zz-big", text)));
		assertThat(report.problems()).isEmpty();
		assertThat(report.services()).isEqualTo(8_000);
		assertThat((System.nanoTime() - started) / 1e9).as("seconds for 8,000 services").isLessThan(60);
		assertThat(count(
				"MATCH (s:Service) WHERE s.id STARTS WITH 'zz-big-' AND s.serverless AND s.timeLimitSeconds = 900 "
						+ "AND s.name STARTS WITH 'Big Service' RETURN count(s)"))
				.isEqualTo(8_000);
		assertThat(
				count("MATCH (:Service {id: 'zz-big-8000'})-[r:RUNS_ON]->(t:Service) WHERE t.id IN ['ec2', 'zz-big-1'] "
						+ "RETURN count(r)"))
				.as("a relationship to the other file and one back to the first service").isEqualTo(2);
		assertThat(
				count("MATCH (:Service {id: 'zz-big-1'})-[:HAS_TRAIT]->(:Trait {id: 'auto-scaling'}) RETURN count(*)"))
				.isOne();
		assertThat(graph.read("MATCH (d:Note {id: 'facts/zz-big'}) RETURN d.hash AS hash", Map.of()).get(0).get("hash")
				.asString()).isEqualTo(reader.read("facts/zz-big.yaml", text).hash());

		FactsImporter.Report again = importer(5000).load(List.of(file("zz-big", text)));
		assertThat(again.written()).as("unchanged: nothing written").isZero();
		assertThat(again.files()).isOne();

		importer(5000).load(List.of(file("zz-big", "services: []\n")));
		graph.write(tx -> tx.run("MATCH (d:Note {id: 'facts/zz-big'}) DETACH DELETE d", Map.of()));
		assertThat(counts()).as("retracting the file removes exactly its services").isEqualTo(before);
	}

	@Test
	void twoFactsFilesThatReferToEachOtherLoadInEitherOrder() throws IOException {
		Map<String, Object> before = counts();
		SeedFiles.StreamedFile a = file("zz-a", facts("zz-a-", 1, 3, i -> "INTEGRATES_WITH: [zz-b-" + i + "]"));
		SeedFiles.StreamedFile b = file("zz-b", facts("zz-b-", 1, 3, i -> "RUNS_ON: [zz-a-" + i + "]"));
		String relationships = "MATCH (x:Service)-[r:INTEGRATES_WITH|RUNS_ON]->(y:Service) WHERE x.id STARTS WITH 'zz-' "
				+ "RETURN count(r)";

		assertThat(importer(2).load(List.of(a, b)).problems()).isEmpty();
		assertThat(count(relationships)).isEqualTo(6);
		Map<String, Object> loaded = counts();
		removeTheDocuments();
		assertThat(counts()).isEqualTo(before);

		a = file("zz-a", facts("zz-a-", 1, 3, i -> "INTEGRATES_WITH: [zz-b-" + i + "]"));
		b = file("zz-b", facts("zz-b-", 1, 3, i -> "RUNS_ON: [zz-a-" + i + "]"));
		assertThat(importer(2).load(List.of(b, a)).problems()).isEmpty();
		assertThat(count(relationships)).isEqualTo(6);
		assertThat(counts()).isEqualTo(loaded);
	}

	@Test
	void aBadReferenceAnywhereLeavesTheGraphUnchangedAndNamesFileAndLine() throws IOException {
		assertThat(importer(100).load(List.of(file("zz-big", facts(1, 1_000, i -> "RUNS_ON: [ec2]")))).problems())
				.isEmpty();
		Map<String, Object> before = counts();
		// the next version: a bad target in its 1,000th service, after ten batches' worth of good ones, and a new
		// service another file refers to
		String bad = facts(1, 1_001, i -> (i == 1_000) ? "RUNS_ON: [ec2, no-such-service]" : "RUNS_ON: [ec2]");
		SeedFiles.StreamedFile other = file("zz-other", facts("zz-other-", 1, 1, i -> "RUNS_ON: [zz-big-1001]"));

		FactsImporter.Report report = importer(100).load(List.of(file("zz-big", bad), other));

		assertThat(report.problems()).extracting(Throwable::getMessage).containsExactly(
				"facts/zz-big.yaml:" + lineOf(bad, "no-such-service")
						+ ": relationship target 'no-such-service' is not a "
						+ "service declared in any facts file or note",
				"facts/zz-other.yaml:18: relationship target 'zz-big-1001' is not a service declared in any facts file or "
						+ "note (facts/zz-big.yaml declares it, but that file is skipped)");
		assertThat(report.written()).isZero();
		assertThat(counts()).isEqualTo(before);
		assertThat(count("MATCH (s:Service) WHERE s.id IN ['zz-big-1001', 'zz-other-1'] RETURN count(s)")).isZero();
		assertThat(graph.read("MATCH (d:Note {id: 'facts/zz-big'}) RETURN d.hash AS hash", Map.of()).get(0).get("hash")
				.asString()).as("the version before stays").isNotBlank();
	}

	@Test
	void longLoadsLogProgressAndASummary(CapturedOutput output) throws IOException {
		importer(1000).load(List.of(file("zz-big", facts(1, 2_500, i -> "RUNS_ON: [ec2]"))));
		assertThat(output.getOut())
				.containsPattern("Facts: 1,000 of 2,500 services written \\(40%\\), [\\d,]+ services/s")
				.containsPattern(
						"Facts loaded in [\\d.]+ s: 2,500 service\\(s\\) of 1 file\\(s\\) written \\([\\d,]+ services/s\\)");
	}

	@Test
	void aLoadStoppedMidwayIsWrittenAgainAndConvergesEvenWhenTheFileChangedMeanwhile() throws IOException {
		String text = facts(1, 500, i -> "RUNS_ON: [zz-big-" + (501 - i) + "]");
		importer(100).load(List.of(file("zz-big", text)));
		Map<String, Object> complete = counts();
		importer(100).load(List.of(file("zz-big", "services: []\n")));

		FactsLoadWriter failing = new FactsLoadWriter(graph) {

			private int batches;

			@Override
			void replace(String documentId, List<List<Statement>> services, Set<String> keep, Set<String> stated,
					Set<String> fresh) {
				if (++batches == 3) {
					throw new ServiceUnavailableException("Neo4j went away");
				}
				super.replace(documentId, services, keep, stated, fresh);
			}

		};
		String longer = facts(1, 600, i -> "RUNS_ON: [zz-big-" + (601 - i) + "]");
		assertThatThrownBy(
				() -> new FactsImporter(reader, failing, properties(100)).load(List.of(file("zz-big", longer))))
				.isInstanceOf(ServiceUnavailableException.class);
		assertThat(graph.read("MATCH (d:Note {id: 'facts/zz-big'}) RETURN d.hash AS hash", Map.of()).get(0).get("hash")
				.isNull()).as("a stopped load leaves no hash").isTrue();
		assertThat(count("MATCH (s:Service) WHERE s.id STARTS WITH 'zz-big-' RETURN count(s)")).isEqualTo(600);

		FactsImporter.Report report = importer(100).load(List.of(file("zz-big", text)));
		assertThat(report.written()).isOne();
		assertThat(counts()).as("the services only the stopped version had are gone").isEqualTo(complete);
	}

	@Test
	void aFileLargerThanTheSettingIsRefusedNamingIt() throws IOException {
		FactsFileReader small = new FactsFileReader(Vocabulary.load(Path.of("graph-seed")), DataSize.ofKilobytes(64));
		FactsImporter.Report report = new FactsImporter(small, writer, properties(100))
				.load(List.of(file("zz-big", facts(1, 1_000, i -> "RUNS_ON: [ec2]"))));
		assertThat(report.problems()).singleElement().satisfies(ex -> {
			assertThat(ex.file()).isEqualTo("facts/zz-big.yaml");
			assertThat(ex.line()).isGreaterThan(100);
			assertThat(ex.getMessage()).contains("larger than cloudkg.seed.max-facts-file-size (65536B)");
		});
		assertThat(count("MATCH (s:Service {id: 'zz-big-1'}) RETURN count(s)")).isZero();
	}

	private SeedFiles.StreamedFile file(String name, String text) throws IOException {
		Path path = folder.resolve(name + ".yaml");
		Files.writeString(path, text);
		if (!written.contains(name)) {
			written.add(name);
		}
		return new SeedFiles.StreamedFile("facts/" + name + ".yaml", new FileSystemResource(path));
	}

	private static String facts(int from, int to, IntFunction<String> relations) {
		return facts("zz-big-", from, to, relations);
	}

	/** About 440 characters a service, like the 10,000-service file of issue 10. */
	static String facts(String prefix, int from, int to, IntFunction<String> relations) {
		StringBuilder text = new StringBuilder("""
				title: Generated facts
				sources:
				  docs: {title: The generated docs, url: https://example.org/docs}
				  quotas: The generated quotas page
				services:
				""");
		for (int i = from; i <= to; i++) {
			text.append("  - id: ").append(prefix).append(i).append('\n')
					.append("    name: Big Service ").append(i).append('\n')
					.append("    fullName: Big Generated Service Number ").append(i).append('\n')
					.append("    category: compute\n")
					.append("    provider: aws\n")
					.append("    summary: A generated service that exists to make this facts file long, number ")
					.append(i).append(".\n")
					.append("    source: docs\n")
					.append("    serverless: true\n")
					.append("    timeLimit: {value: 15m, source: quotas}\n")
					.append("    pricing: [pay-per-request]\n")
					.append("    traits: {auto-scaling: true}\n")
					.append("    relations:\n")
					.append("      ").append(relations.apply(i)).append('\n');
		}
		return text.toString();
	}

	private static int lineOf(String text, String part) {
		return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
	}

	private Map<String, Object> counts() {
		return graph.read("""
				MATCH (n) WITH count(n) AS nodes
				MATCH ()-[r]->() RETURN nodes, count(r) AS relationships""", Map.of()).get(0).asMap();
	}

	private long count(String cypher) {
		return graph.read(cypher, Map.of()).get(0).get(0).asLong();
	}

}
