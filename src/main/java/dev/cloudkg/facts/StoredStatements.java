package dev.cloudkg.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cloudkg.graph.Graph;
import dev.cloudkg.model.FactKind;
import org.neo4j.driver.Record;

/**
 * What a document states as stored: its {@code STATES} relationships read back as statements, the reverse of
 * {@link Statement#properties()}.
 */
final class StoredStatements {

	private static final String STATED = """
			MATCH (d:Note {id: $id})-[st:STATES]->(s:Service)
			RETURN s.id AS subject, properties(st) AS props ORDER BY st.line""";

	private StoredStatements() {
	}

	/** What the document states now, in line order, read in a transaction of its own. */
	static List<Statement> read(Graph graph, String documentId) {
		return statements(graph.read(STATED, Map.of("id", documentId)));
	}

	/** What the document states, in line order, as this transaction sees it. */
	static List<Statement> read(Graph.Tx tx, String documentId) {
		return statements(tx.run(STATED, Map.of("id", documentId)));
	}

	private static List<Statement> statements(List<Record> records) {
		List<Statement> statements = new ArrayList<>();
		for (Record record : records) {
			Map<String, Object> props = new LinkedHashMap<>(record.get("props").asMap());
			FactKind fact = FactKind.of((String) props.remove("fact"));
			String key = (String) props.remove("key");
			Number line = (Number) props.remove("line");
			String text = (String) props.remove("text");
			statements.add(new Statement(record.get("subject").asString(), fact, key, props,
					(line != null) ? line.intValue() : 0, text));
		}
		return statements;
	}

}
