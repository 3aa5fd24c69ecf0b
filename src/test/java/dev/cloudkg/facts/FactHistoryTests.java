package dev.cloudkg.facts;

import java.time.Duration;
import java.util.Map;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.graph.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link FactHistory} keeps of earlier versions, and {@code cloudkg.history.keep} bounding it. */
@CloudKgTest
class FactHistoryTests {

	private static final String V1 = """
			title: History facts
			sources:
			  mine: My own notes
			services:
			  - id: hist-cache
			    name: Hist Cache
			    kind: service
			    source: mine
			    serverless: true
			    relations:
			      RUNS_ON: [ec2]
			""";

	private static final String V2 = V1.replace("serverless: true", "serverless: false");

	@Autowired
	Graph graph;

	@Autowired
	FactsFileReader reader;

	@AfterEach
	void removeTheDocument() {
		FactWriter writer = new FactWriter(graph, new FactHistory(new HistoryProperties(null)));
		writer.write(reader.read("facts/zz-hist.yaml", "services: []\n"));
		graph.write(tx -> tx.run("MATCH (d:Note {id: 'facts/zz-hist'}) DETACH DELETE d", Map.of()));
		graph.write(tx -> tx.run("MATCH (h) WHERE (h:PastStatement AND h.noteId = 'facts/zz-hist')"
				+ " OR (h:NoteVersion AND h.noteId = 'facts/zz-hist') DELETE h", Map.of()));
	}

	@Test
	void anEditKeepsWhatItChangedWithItsTimesAndCarriesTheRestOver() {
		FactWriter writer = new FactWriter(graph, new FactHistory(new HistoryProperties(null)));
		writer.write(reader.read("facts/zz-hist.yaml", V1));
		Object firstSince = graph.read("""
				MATCH (:Note {id: 'facts/zz-hist'})-[st:STATES {fact: 'relation'}]->() RETURN st.since AS since""",
				Map.of()).get(0).get("since").asObject();
		assertThat(firstSince).isNotNull();
		writer.write(reader.read("facts/zz-hist.yaml", V2));
		var past = graph.read("""
				MATCH (p:PastStatement {noteId: 'facts/zz-hist'})
				RETURN p.fact AS fact, p.value AS value, p.since AS since, p.until AS until, p.retractedBy AS by""",
				Map.of());
		assertThat(past).singleElement().satisfies(p -> {
			assertThat(p.get("fact").asString()).isEqualTo("serverless");
			assertThat(p.get("value").asBoolean()).isTrue();
			assertThat(p.get("since").asZonedDateTime()).isBefore(p.get("until").asZonedDateTime());
			assertThat(p.get("by").isNull()).isFalse();
		});
		// the relation said the same on the same line: it keeps its first time
		assertThat(graph.read("""
				MATCH (:Note {id: 'facts/zz-hist'})-[st:STATES {fact: 'relation'}]->() RETURN st.since AS since""",
				Map.of()).get(0).get("since").asObject()).isEqualTo(firstSince);
		assertThat(count("MATCH (v:NoteVersion {noteId: 'facts/zz-hist'}) RETURN count(v)")).isEqualTo(2);
	}

	@Test
	void keepBoundsHowLongTheHistoryStaysAndZeroKeepsNone() throws Exception {
		FactWriter forever = new FactWriter(graph, new FactHistory(new HistoryProperties(null)));
		forever.write(reader.read("facts/zz-hist.yaml", V1));
		forever.write(reader.read("facts/zz-hist.yaml", V2));
		assertThat(count("MATCH (p:PastStatement {noteId: 'facts/zz-hist'}) RETURN count(p)")).isOne();
		Thread.sleep(1_200);
		// a write with a short keep forgets what is older than that
		FactWriter brief = new FactWriter(graph, new FactHistory(new HistoryProperties(Duration.ofSeconds(1))));
		brief.write(reader.read("facts/zz-hist.yaml", V1));
		assertThat(count("MATCH (p:PastStatement {noteId: 'facts/zz-hist'}) WHERE p.until < datetime() - duration"
				+ "({seconds: 1}) RETURN count(p)")).isZero();
		assertThat(count("MATCH (p:PastStatement {noteId: 'facts/zz-hist'}) RETURN count(p)"))
				.as("only what this write retracted").isOne();
		assertThat(count("MATCH (v:NoteVersion {noteId: 'facts/zz-hist'}) RETURN count(v)")).isOne();

		// 0 keeps none: nothing new, and what was kept goes at the next write
		FactWriter none = new FactWriter(graph, new FactHistory(new HistoryProperties(Duration.ZERO)));
		none.write(reader.read("facts/zz-hist.yaml", V2));
		assertThat(count("MATCH (p:PastStatement {noteId: 'facts/zz-hist'}) RETURN count(p)")).isZero();
		assertThat(count("MATCH (v:NoteVersion {noteId: 'facts/zz-hist'}) RETURN count(v)")).isZero();
		assertThat(count("MATCH (:Note {id: 'facts/zz-hist'})-[st:STATES]->() WHERE st.since IS NOT NULL"
				+ " RETURN count(st)")).as("no history: statements carry no time").isZero();
	}

	@Test
	void keepZeroTurnsHistoryOffAndANegativeKeepIsRefused() {
		assertThat(new HistoryProperties(Duration.ZERO).enabled()).isFalse();
		assertThat(new HistoryProperties(null).enabled()).isTrue();
		assertThat(new HistoryProperties(null).horizon(java.time.ZonedDateTime.now())).isNull();
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
				.isThrownBy(() -> new HistoryProperties(Duration.ofDays(-1)))
				.withMessageContaining("cloudkg.history.keep");
	}

	private long count(String cypher) {
		return graph.read(cypher, Map.of()).get(0).get(0).asLong();
	}

}
