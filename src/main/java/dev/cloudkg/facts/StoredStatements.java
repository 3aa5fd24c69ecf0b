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
		return stored(graph.read(STATED, Map.of("id", documentId))).stream().map(Stored::statement).toList();
	}

	/** What the document states, in line order, as this transaction sees it. */
	static List<Statement> read(Graph.Tx tx, String documentId) {
		return readStored(tx, documentId).stream().map(Stored::statement).toList();
	}

	/** As {@link #read(Graph.Tx, String)}, with when each statement was first stated in these words. */
	static List<Stored> readStored(Graph.Tx tx, String documentId) {
		return stored(tx.run(STATED, Map.of("id", documentId)));
	}

	/**
	 * A statement as stored, with when its document first stated it in these words on this line ({@code since}, a
	 * temporal value); null for a statement written before history was kept, and for facts files.
	 */
	record Stored(Statement statement, Object since) {
	}

	/** The statements of rows with a {@code subject} and the {@code props} of a statement. */
	static List<Stored> stored(List<Record> records) {
		List<Stored> statements = new ArrayList<>();
		for (Record record : records) {
			Map<String, Object> props = new LinkedHashMap<>(record.get("props").asMap());
			Object since = props.remove("since");
			FactKind fact = FactKind.of((String) props.remove("fact"));
			String key = (String) props.remove("key");
			Number line = (Number) props.remove("line");
			String text = (String) props.remove("text");
			statements.add(new Stored(new Statement(record.get("subject").asString(), fact, key, props,
					(line != null) ? line.intValue() : 0, text), since));
		}
		return statements;
	}

}
