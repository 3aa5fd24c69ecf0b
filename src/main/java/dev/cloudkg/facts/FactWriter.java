package dev.cloudkg.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cloudkg.graph.Graph;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Writes what one source document states, in one transaction: its previous statements are replaced,
 * then the properties and relationships of every service it touches (before or now) are derived again
 * from all statements about them. A fact stays while any source states it; a document that no longer
 * states it retracts only its own support.
 *
 * <p>Derivation rule when sources disagree: curated facts win, then the most recently imported note,
 * then the earliest line.
 */
@Component
public class FactWriter {

	private static final String EXISTING_HASH = """
			OPTIONAL MATCH (d:Note {id: $id}) RETURN d.hash AS hash""";

	private static final String UPSERT_DOCUMENT = """
			MERGE (d:Note {id: $id})
			SET d.title = $title, d.kind = $kind, d.path = $path, d.text = $text, d.curated = $curated,
			    d.hash = $hash, d.importedAt = datetime()""";

	private static final String PREVIOUS = """
			MATCH (d:Note {id: $id})-[st:STATES]->(s:Service)
			RETURN s.id AS subject, properties(st) AS props ORDER BY st.line""";

	private static final String DELETE_DOCUMENT = """
			MATCH (d:Note {id: $id}) DETACH DELETE d""";

	private static final String RETRACT_PREVIOUS = """
			MATCH (d:Note {id: $id})-[st:STATES]->(s:Service)
			WITH st, s.id AS subject, st.target AS target
			DELETE st
			RETURN collect(DISTINCT subject) + [t IN collect(DISTINCT target) WHERE t IS NOT NULL] AS touched""";

	private static final String FORGET_MENTIONS = """
			MATCH (:Note {id: $id})-[m:MENTIONS]->() DELETE m""";

	private static final String STATE = """
			MATCH (d:Note {id: $id})
			UNWIND $statements AS statement
			MERGE (s:Service {id: statement.subject})
			CREATE (d)-[st:STATES]->(s)
			SET st = statement.props
			MERGE (d)-[:MENTIONS]->(s)""";

	private static final String DERIVE_PROPERTIES = """
			UNWIND $ids AS sid
			MATCH (s:Service {id: sid})
			OPTIONAL MATCH (d:Note)-[st:STATES]->(s)
			WITH s, d, st ORDER BY d.curated DESC, d.importedAt DESC, st.line ASC
			WITH s, collect(st) AS sts
			WITH s, [x IN sts WHERE x.fact = 'exists'] AS ex, [x IN sts WHERE x.fact = 'serverless'] AS sv,
			     [x IN sts WHERE x.fact = 'timeLimit'] AS tl
			WITH s, ex, sv, tl, coalesce(head([x IN ex WHERE x.name IS NOT NULL | x.name]), s.id) AS name,
			     coalesce(head([x IN ex WHERE x.kind IS NOT NULL | x.kind]), 'service') AS kind
			SET s.name = name, s.nameLower = toLower(name), s.kind = kind,
			    s.fullName = head([x IN ex WHERE x.fullName IS NOT NULL | x.fullName]),
			    s.aliases = reduce(acc = [], x IN ex | acc + [a IN coalesce(x.aliases, []) WHERE NOT a IN acc]),
			    s.category = head([x IN ex WHERE x.category IS NOT NULL | x.category]),
			    s.provider = coalesce(head([x IN ex WHERE x.provider IS NOT NULL | x.provider]), 'other'),
			    s.summary = head([x IN ex WHERE x.summary IS NOT NULL | x.summary]),
			    s.description = head([x IN ex WHERE x.description IS NOT NULL | x.description]),
			    s.serverless = head([x IN sv | x.value]),
			    s.hasTimeLimit = head([x IN tl | x.hasTimeLimit]),
			    s.timeLimitSeconds = head([x IN tl | x.seconds]),
			    s.timeLimit = head([x IN tl | x.display])
			REMOVE s:Technology:Component:Concept
			WITH s, kind
			SET s.lookup = '|' + reduce(acc = '', k IN [s.id, toLower(s.name), toLower(s.fullName)]
			                 + [a IN s.aliases | toLower(a)] | CASE WHEN k IS NULL THEN acc ELSE acc + k + '|' END)
			FOREACH (label IN CASE kind WHEN 'technology' THEN ['Technology'] WHEN 'component' THEN ['Component']
			                  WHEN 'concept' THEN ['Concept'] ELSE [] END | SET s:$(label))""";

	private static final String DERIVE_TRAITS = """
			UNWIND $ids AS sid
			MATCH (d:Note)-[st:STATES {fact: 'trait'}]->(s:Service {id: sid})
			WITH s, d, st ORDER BY d.curated DESC, d.importedAt DESC, st.line ASC
			WITH s, st.target AS target, collect(st) AS sts, collect(d.id + ':' + st.line) AS sources
			MERGE (t:Trait {id: target})
			SET t.name = coalesce(sts[0].name, t.name, target)
			MERGE (s)-[h:HAS_TRAIT]->(t)
			SET h.value = sts[0].value, h.sources = sources""";

	private static final String DERIVE_PRICING = """
			UNWIND $ids AS sid
			MATCH (d:Note)-[st:STATES {fact: 'pricing'}]->(s:Service {id: sid})
			WITH s, d, st ORDER BY d.curated DESC, d.importedAt DESC, st.line ASC
			WITH s, st.target AS target, collect(st) AS sts, collect(d.id + ':' + st.line) AS sources
			MERGE (p:PricingModel {id: target})
			SET p.name = coalesce(sts[0].name, p.name, target)
			MERGE (s)-[r:PRICED_BY]->(p)
			SET r.sources = sources""";

	private static final String DERIVE_RELATIONS = """
			UNWIND $ids AS sid
			MATCH (d:Note)-[st:STATES {fact: 'relation'}]->(s:Service {id: sid})
			WITH s, d, st ORDER BY d.curated DESC, d.importedAt DESC, st.line ASC
			WITH s, st.type AS type, st.target AS target, collect(d.id + ':' + st.line) AS sources, collect(st.via) AS vias
			MATCH (t:Service {id: target})
			MERGE (s)-[r:$(type)]->(t)
			SET r.sources = sources, r.via = head(vias)""";

	/*
	 * What still supports each relationship is read from the service's own statements (few), never looked up by
	 * target: thousands of services that all run on EC2 made that lookup scan EC2's thousands of statements per
	 * relationship (a 1 MB note of 10,000 services spent 147 s here).
	 */
	private static final String DROP_UNSUPPORTED = """
			UNWIND $ids AS sid
			MATCH (s:Service {id: sid})
			WITH s, [(:Note)-[st:STATES]->(s) WHERE st.fact IN ['relation', 'trait', 'pricing']
			         | st.fact + '|' + coalesce(st.type, '') + '|' + st.target] AS supported
			MATCH (s)-[r]->(x)
			WHERE (x:Service AND NOT ('relation|' + type(r) + '|' + x.id) IN supported)
			   OR (x:Trait AND NOT ('trait||' + x.id) IN supported)
			   OR (x:PricingModel AND NOT ('pricing||' + x.id) IN supported)
			DELETE r""";

	private static final String DROP_ORPHANS = """
			UNWIND $ids AS sid
			MATCH (s:Service {id: sid})
			WHERE NOT EXISTS { (:Note)-[:STATES]->(s) }
			  AND NOT EXISTS { MATCH ()-[st:STATES]->() WHERE st.target = sid }
			DETACH DELETE s
			WITH count(*) AS ignored
			CALL {
			  MATCH (t:Trait) WHERE NOT EXISTS { ()-->(t) } RETURN t AS unused
			  UNION
			  MATCH (p:PricingModel) WHERE NOT EXISTS { ()-->(p) } RETURN p AS unused
			}
			DETACH DELETE unused""";

	private static final String MISSING_TARGETS = """
			MATCH (d:Note {id: $id})-[st:STATES {fact: 'relation'}]->(s:Service)
			WHERE NOT EXISTS { MATCH (t:Service {id: st.target}) WHERE EXISTS { (:Note)-[:STATES {fact: 'exists'}]->(t) } }
			RETURN st.target AS target, st.line AS line ORDER BY line LIMIT 1""";

	private final Graph graph;

	public FactWriter(Graph graph) {
		this.graph = graph;
	}

	/** Writes the document's statements, replacing what it stated before; nothing is written when it is unchanged. */
	public Outcome write(SourceDocument document) {
		return write(document, null);
	}

	/**
	 * As {@link #write(SourceDocument)}, rolled back if the transaction runs longer than {@code timeout}.
	 * @throws dev.cloudkg.graph.WriteTimeoutException when it did (nothing is written)
	 */
	public Outcome write(SourceDocument document, java.time.Duration timeout) {
		return graph.write(timeout, tx -> {
			Map<String, Object> id = Map.of("id", document.id());
			Object hash = tx.run(EXISTING_HASH, id).get(0).get("hash").asObject();
			if (document.hash().equals(hash)) {
				return new Outcome(document.id(), false, document.statements().size(), document.statements());
			}
			List<Statement> previous = previous(tx, document.id());
			Map<String, Object> properties = new java.util.HashMap<>();
			properties.put("id", document.id());
			properties.put("title", document.title());
			properties.put("kind", document.kind());
			properties.put("path", document.path());
			properties.put("text", document.text());
			properties.put("curated", document.curated());
			properties.put("hash", document.hash());
			tx.run(UPSERT_DOCUMENT, properties);
			Set<String> touched = retract(tx, document.id());
			List<Map<String, Object>> statements = new ArrayList<>();
			for (Statement statement : document.statements()) {
				statements.add(statement.asParameter());
				touched.add(statement.subject());
			}
			tx.run(STATE, Map.of("id", document.id(), "statements", statements));
			derive(tx, touched);
			List<Record> missing = tx.run(MISSING_TARGETS, id);
			if (!missing.isEmpty()) {
				Record first = missing.get(0);
				throw new FactsFormatException(document.path(), first.get("line").asInt(), "relationship target '"
						+ first.get("target").asString() + "' is not a service declared in any facts file or note");
			}
			return new Outcome(document.id(), true, document.statements().size(), previous);
		});
	}

	/**
	 * Removes a document and everything only it stated, in one transaction.
	 * @return what it stated; empty when there was no such document
	 */
	public List<Statement> delete(String documentId) {
		return graph.write(tx -> {
			List<Statement> previous = previous(tx, documentId);
			Set<String> touched = retract(tx, documentId);
			tx.run(DELETE_DOCUMENT, Map.of("id", documentId));
			derive(tx, touched);
			return previous;
		});
	}

	/** Whether the document is in the graph. */
	public boolean exists(String documentId) {
		return graph.read(EXISTING_HASH, Map.of("id", documentId)).get(0).get("hash").asObject() != null;
	}

	/** What a document states now, as stored. */
	public List<Statement> stated(String documentId) {
		return toStatements(graph.read(PREVIOUS, Map.of("id", documentId)));
	}

	private static List<Statement> previous(Graph.Tx tx, String documentId) {
		return toStatements(tx.run(PREVIOUS, Map.of("id", documentId)));
	}

	private static List<Statement> toStatements(List<Record> records) {
		List<Statement> statements = new ArrayList<>();
		for (Record record : records) {
			Map<String, Object> props = new java.util.LinkedHashMap<>(record.get("props").asMap());
			String fact = (String) props.remove("fact");
			String key = (String) props.remove("key");
			Number line = (Number) props.remove("line");
			String text = (String) props.remove("text");
			statements.add(new Statement(record.get("subject").asString(), fact, key, props,
					(line != null) ? line.intValue() : 0, text));
		}
		return statements;
	}

	private static Set<String> retract(Graph.Tx tx, String documentId) {
		Map<String, Object> id = Map.of("id", documentId);
		Set<String> touched = new LinkedHashSet<>(tx.run(RETRACT_PREVIOUS, id)
			.stream()
			.flatMap(r -> r.get("touched").asList(v -> v.asString()).stream())
			.toList());
		tx.run(FORGET_MENTIONS, id);
		return touched;
	}

	/** Derives the properties and relationships of these services again from all statements about them. */
	private static void derive(Graph.Tx tx, Set<String> touched) {
		Map<String, Object> ids = Map.of("ids", List.copyOf(touched));
		tx.run(DERIVE_PROPERTIES, ids);
		tx.run(DERIVE_TRAITS, ids);
		tx.run(DERIVE_PRICING, ids);
		tx.run(DERIVE_RELATIONS, ids);
		tx.run(DROP_UNSUPPORTED, ids);
		tx.run(DROP_ORPHANS, ids);
	}

	/**
	 * @param documentId the document written
	 * @param changed false when it was already in the graph unchanged
	 * @param statements how many facts it states
	 * @param previous what it stated before this write (as stored)
	 */
	public record Outcome(String documentId, boolean changed, int statements, List<Statement> previous) {
	}

}
