package dev.cloudkg.facts;

import java.util.List;
import java.util.Map;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.graph.Graph;
import dev.cloudkg.model.FactKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Writing, re-writing and retracting a facts document in the real graph, beside the seed. */
@CloudKgTest
class FactWriterTests {

	@Autowired
	FactWriter writer;

	@Autowired
	FactsFileReader reader;

	@Autowired
	SeedFiles seed;

	@Autowired
	Graph graph;

	private static final String EXTRA = """
			title: Extra facts
			sources:
			  mine: My own notes
			services:
			  - id: test-cache
			    name: Test Cache
			    kind: service
			    source: mine
			    serverless: true
			    traits: {auto-scaling: true}
			    relations:
			      RUNS_ON: [ec2]
			  - id: lambda
			    source: mine
			    relations:
			      INTEGRATES_WITH: [test-cache]
			""";

	@AfterEach
	void removeTheExtraDocument() {
		writer.write(reader.read("facts/zz-extra.yaml", "services: []\n"));
		graph.write(tx -> tx.run("MATCH (d:Note {id: 'facts/zz-extra'}) DETACH DELETE d", Map.of()));
	}

	/** The graph as it is now; what history keeps (past statements, versions) grows by design. */
	private Map<String, Object> counts() {
		return graph.read("""
				MATCH (n) WHERE NOT n:PastStatement AND NOT n:NoteVersion WITH count(n) AS nodes
				MATCH ()-[r]->() RETURN nodes, count(r) AS relationships""", Map.of()).get(0).asMap();
	}

	private long count(String cypher) {
		return graph.read(cypher, Map.of()).get(0).get(0).asLong();
	}

	@Test
	void writingTheSeedAgainChangesNothingEvenWhenForced() {
		Map<String, Object> before = counts();
		SeedFiles.SeedFile file = seed.facts().get(0);
		SourceDocument document = reader.read(file.path(), file.text());
		assertThat(writer.write(document).changed()).isFalse();
		SourceDocument forced = new SourceDocument(document.id(), document.title(), document.kind(), document.path(),
				document.text(), "forced-" + document.hash(), document.statements());
		assertThat(writer.write(forced).changed()).isTrue();
		assertThat(counts()).isEqualTo(before);
		assertThat(writer.write(document).changed()).isTrue();
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void anEditedDocumentRetractsExactlyWhatOnlyItStated() {
		Map<String, Object> before = counts();
		writer.write(reader.read("facts/zz-extra.yaml", EXTRA));
		assertThat(count("MATCH (:Service {id: 'test-cache'})-[:RUNS_ON]->(:Service {id: 'ec2'}) RETURN count(*)"))
				.isOne();
		assertThat(count(
				"MATCH (:Service {id: 'lambda'})-[:INTEGRATES_WITH]->(:Service {id: 'test-cache'}) RETURN count(*)"))
				.isOne();
		assertThat(count("MATCH (s:Service {id: 'test-cache', serverless: true, name: 'Test Cache'}) RETURN count(s)"))
				.isOne();

		String edited = EXTRA.replace("      INTEGRATES_WITH: [test-cache]\n", "      MONITORED_BY: [cloudwatch]\n");
		writer.write(reader.read("facts/zz-extra.yaml", edited));
		assertThat(count(
				"MATCH (:Service {id: 'lambda'})-[:INTEGRATES_WITH]->(:Service {id: 'test-cache'}) RETURN count(*)"))
				.isZero();
		List<String> monitoredBy = graph
				.read("MATCH (:Service {id: 'lambda'})-[r:MONITORED_BY]->(:Service {id: 'cloudwatch'}) "
						+ "RETURN r.sources AS sources", Map.of())
				.get(0).get("sources").asList(v -> v.asString());
		assertThat(monitoredBy).as("a fact three documents state has all three sources").hasSize(3)
				.anyMatch(s -> s.startsWith("aws-compute:"))
				.anyMatch(s -> s.startsWith("facts/aws-compute:"))
				.anyMatch(s -> s.startsWith("facts/zz-extra:"));
		assertThat(count(
				"MATCH (s:Service {id: 'lambda'}) WHERE s.serverless AND s.timeLimitSeconds = 900 RETURN count(s)"))
				.as("what the seed says about Lambda stays").isOne();

		writer.write(reader.read("facts/zz-extra.yaml", "services: []\n"));
		assertThat(count("MATCH (s:Service {id: 'test-cache'}) RETURN count(s)")).isZero();
		List<String> sources = graph.read("MATCH (:Service {id: 'lambda'})-[r:MONITORED_BY]->() RETURN r.sources AS s",
				Map.of()).get(0).get("s").asList(v -> v.asString());
		assertThat(sources).anyMatch(source -> source.startsWith("facts/aws-compute:"))
				.noneMatch(source -> source.startsWith("facts/zz-extra:"));
		graph.write(tx -> tx.run("MATCH (d:Note {id: 'facts/zz-extra'}) DETACH DELETE d", Map.of()));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aRelationshipToAnUndeclaredServiceFailsAndWritesNothing() {
		Map<String, Object> before = counts();
		String bad = EXTRA.replace("RUNS_ON: [ec2]", "RUNS_ON: [ec2, no-such-service]");
		assertThatThrownBy(() -> writer.write(reader.read("facts/zz-extra.yaml", bad)))
				.isInstanceOf(FactsFormatException.class)
				.hasMessage(
						"facts/zz-extra.yaml:12: relationship target 'no-such-service' is not a service declared in any "
								+ "facts file or note");
		assertThat(counts()).isEqualTo(before);
		assertThat(count("MATCH (s:Service {id: 'test-cache'}) RETURN count(s)")).isZero();
	}

	@Test
	void statementsStoredByEarlierVersionsReadBackAndAreReplacedAsBefore() {
		// as every version wrote them: the kind of fact is its stored name, e.g. 'timeLimit'
		graph.write(tx -> tx.run("""
				MERGE (d:Note {id: 'facts/zz-extra'})
				SET d.title = 'Extra facts', d.kind = 'facts', d.path = 'facts/zz-extra.yaml', d.curated = true,
				    d.importedAt = datetime()
				MERGE (s:Service {id: 'test-cache'})
				MERGE (d)-[:MENTIONS]->(s)
				CREATE (d)-[:STATES {fact: 'exists', key: 'exists', line: 3, text: 'old', name: 'Test Cache'}]->(s)
				CREATE (d)-[:STATES {fact: 'timeLimit', key: 'timeLimit', line: 4, text: 'old', hasTimeLimit: true,
				                     seconds: 60, display: '1 minute'}]->(s)
				CREATE (d)-[:STATES {fact: 'relation', key: 'rel:RUNS_ON:ec2', line: 5, text: 'old', type: 'RUNS_ON',
				                     target: 'ec2'}]->(s)""", Map.of()));
		assertThat(writer.stated("facts/zz-extra")).extracting(Statement::fact, Statement::key, Statement::target)
				.containsExactly(tuple(FactKind.EXISTS, "exists", null), tuple(FactKind.TIME_LIMIT, "timeLimit", null),
						tuple(FactKind.RELATION, "rel:RUNS_ON:ec2", "ec2"));

		FactWriter.Outcome outcome = writer.write(reader.read("facts/zz-extra.yaml", EXTRA));
		assertThat(outcome.previous()).extracting(Statement::fact)
				.containsExactly(FactKind.EXISTS, FactKind.TIME_LIMIT, FactKind.RELATION);
		assertThat(graph.read("""
				MATCH (:Note {id: 'facts/zz-extra'})-[st:STATES]->()
				RETURN collect(DISTINCT st.fact) AS facts""", Map.of()).get(0).get("facts").asList(v -> v.asString()))
				.as("what is written is stored as before")
				.containsExactlyInAnyOrder("exists", "serverless", "trait", "relation");
		assertThat(
				count("""
						MATCH (s:Service {id: 'test-cache', name: 'Test Cache', serverless: true})-[:RUNS_ON]->(:Service {id: 'ec2'})
						WHERE s.hasTimeLimit IS NULL RETURN count(s)"""))
				.as("the old time limit is retracted").isOne();
	}

}
