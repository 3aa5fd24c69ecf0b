package dev.cloudkg.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
 * <p>Facts files are loaded in batches instead (see {@link FactsLoadWriter}): many transactions of a few thousand
 * services each, after every file was checked. Both derive as {@link ServiceDerivation} does.
 */
@Component
public class FactWriter {

	private static final String EXISTING_HASH = """
			OPTIONAL MATCH (d:Note {id: $id}) RETURN d.hash AS hash""";

	private static final String UPSERT_DOCUMENT = """
			MERGE (d:Note {id: $id})
			SET d.title = $title, d.kind = $kind, d.path = $path, d.text = $text, d.curated = $curated,
			    d.hash = $hash, d.readHash = $readHash, d.importedAt = $at""";

	private static final String SET_READ_HASH = """
			MATCH (d:Note {id: $id}) SET d.readHash = $readHash""";

	private static final String READ_HASHES = """
			MATCH (d:Note) WHERE d.readHash IS NOT NULL RETURN d.id AS id, d.readHash AS readHash""";

	private static final String DOCUMENT = """
			MATCH (d:Note {id: $id}) RETURN d.title AS title, d.kind AS kind, d.path AS path""";

	private static final String DELETE_DOCUMENT = """
			MATCH (d:Note {id: $id}) DETACH DELETE d""";

	private static final String RETRACT_PREVIOUS = """
			MATCH (d:Note {id: $id})-[st:STATES]->(s:Service)
			WITH st, s.id AS subject, st.target AS target
			DELETE st
			RETURN collect(DISTINCT subject) + [t IN collect(DISTINCT target) WHERE t IS NOT NULL] AS touched""";

	private static final String FORGET_MENTIONS = """
			MATCH (:Note {id: $id})-[m:MENTIONS]->() DELETE m""";

	private static final String MISSING_TARGETS = """
			MATCH (d:Note {id: $id})-[st:STATES {fact: $relationFact}]->(s:Service)
			WHERE NOT EXISTS { MATCH (t:Service {id: st.target}) WHERE EXISTS { (:Note)-[:STATES {fact: $existsFact}]->(t) } }
			RETURN st.target AS target, st.line AS line ORDER BY line LIMIT 1""";

	private static final String MENTION = """
			// mention
			MATCH (d:Note {id: $id})
			UNWIND $ids AS sid
			OPTIONAL MATCH (known:Service {id: sid})
			WITH d, sid, known IS NULL AS fresh
			MERGE (s:Service {id: sid})
			MERGE (d)-[:MENTIONS]->(s)
			RETURN [x IN collect(CASE WHEN fresh THEN sid END) WHERE x IS NOT NULL] AS fresh""";

	private static final String STATE_SERVICES = """
			// state services
			MATCH (d:Note {id: $id})
			UNWIND $services AS service
			MATCH (s:Service {id: service.id})
			UNWIND service.statements AS props
			CREATE (d)-[st:STATES]->(s)
			SET st = props""";

	private final Graph graph;

	private final FactHistory history;

	public FactWriter(Graph graph, FactHistory history) {
		this.graph = graph;
		this.history = history;
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
		return writeAll(List.of(document), timeout).get(0);
	}

	/**
	 * Writes several documents in one transaction, as {@link #write(SourceDocument, java.time.Duration)} writes one:
	 * what each states replaces what it stated before, and the services they are about are derived once for all of
	 * them (a folder of notes that all mention Lambda derives Lambda once a batch, not once a note). Each document
	 * counts as imported after the one before it. All land or none does.
	 * @return one outcome per document, in order
	 * @throws FactsFormatException naming the path and line of the first relationship to an undeclared service
	 */
	public List<Outcome> writeAll(List<SourceDocument> documents, java.time.Duration timeout) {
		return graph.write(timeout, tx -> {
			List<Outcome> outcomes = new ArrayList<>();
			List<SourceDocument> written = new ArrayList<>();
			Set<String> touched = new LinkedHashSet<>();
			Set<String> retracted = new LinkedHashSet<>();
			for (SourceDocument document : documents) {
				Map<String, Object> id = Map.of("id", document.id());
				Object hash = tx.run(EXISTING_HASH, id).get(0).get("hash").asObject();
				if (document.hash().equals(hash)) {
					if (document.readHash() != null) {
						tx.run(SET_READ_HASH, Map.of("id", document.id(), "readHash", document.readHash()));
					}
					outcomes.add(
							new Outcome(document.id(), false, document.statements().size(), document.statements()));
					continue;
				}
				List<StoredStatements.Stored> stored = StoredStatements.readStored(tx, document.id());
				List<Statement> previous = stored.stream().map(StoredStatements.Stored::statement).toList();
				java.time.ZonedDateTime at = FactHistory.now();
				Map<String, Object> properties = new HashMap<>();
				properties.put("id", document.id());
				properties.put("title", document.title());
				properties.put("kind", document.kind());
				properties.put("path", document.path());
				properties.put("text", document.text());
				properties.put("curated", document.curated());
				properties.put("hash", document.hash());
				properties.put("readHash", document.readHash());
				properties.put("at", at);
				tx.run(UPSERT_DOCUMENT, properties);
				// only what the previous version stated can lose its support: the sweeps for unsupported relationships
				// and orphans look at those services, not at every service the note is about
				retracted.addAll(retract(tx, document.id()));
				Map<String, Object> since = FactHistory.since(stored);
				Set<String> next = new java.util.HashSet<>();
				Map<String, List<Map<String, Object>>> bySubject = new java.util.LinkedHashMap<>();
				for (Statement statement : document.statements()) {
					next.add(StatementDiff.identity(statement));
					bySubject.computeIfAbsent(statement.subject(), k -> new ArrayList<>())
							.add(history.properties(statement, since, at));
				}
				history.keep(tx, document, stored, next, at, false);
				// each service merged and mentioned once, however many facts the note states about it
				mention(tx, document.id(), bySubject.keySet());
				List<Map<String, Object>> services = new ArrayList<>();
				bySubject.forEach((subject, props) -> services.add(Map.of("id", subject, "statements", props)));
				state(tx, document.id(), services);
				touched.addAll(bySubject.keySet());
				written.add(document);
				outcomes.add(new Outcome(document.id(), true, document.statements().size(), previous));
			}
			if (written.isEmpty()) {
				return outcomes;
			}
			history.forget(tx, FactHistory.now());
			touched.addAll(retracted);
			ServiceDerivation.derive(tx, touched, retracted);
			if (!retracted.isEmpty()) {
				ServiceDerivation.dropOrphans(tx, retracted);
			}
			for (SourceDocument document : written) {
				List<Record> missing = tx.run(MISSING_TARGETS, FactParameters.with(Map.of("id", document.id())));
				if (!missing.isEmpty()) {
					Record first = missing.get(0);
					throw new FactsFormatException(document.path(), first.get("line").asInt(), "relationship target '"
							+ first.get("target").asString() + "' is not a service declared in any facts file or note");
				}
			}
			return outcomes;
		});
	}

	/**
	 * Removes a document and everything only it stated, in one transaction.
	 * @return what it stated; empty when there was no such document
	 */
	public List<Statement> delete(String documentId) {
		return graph.write(tx -> {
			List<StoredStatements.Stored> stored = StoredStatements.readStored(tx, documentId);
			List<Statement> previous = stored.stream().map(StoredStatements.Stored::statement).toList();
			java.time.ZonedDateTime at = FactHistory.now();
			List<Record> document = tx.run(DOCUMENT, Map.of("id", documentId));
			if (!document.isEmpty()) {
				Record d = document.get(0);
				SourceDocument deleted = new SourceDocument(documentId, d.get("title").asString(null),
						d.get("kind").asString("note"), d.get("path").asString(null), null, null, List.of());
				history.keep(tx, deleted, stored, Set.of(), at, true);
				history.forget(tx, at);
			}
			Set<String> touched = retract(tx, documentId);
			tx.run(DELETE_DOCUMENT, Map.of("id", documentId));
			ServiceDerivation.deriveAndDropOrphans(tx, touched);
			return previous;
		});
	}

	/** Whether the document is in the graph. */
	public boolean exists(String documentId) {
		return graph.read(EXISTING_HASH, Map.of("id", documentId)).get(0).get("hash").asObject() != null;
	}

	/** The read hash of every note that has one (see {@link SourceDocument#readHash()}), by note id. */
	public Map<String, String> readHashes() {
		Map<String, String> hashes = new HashMap<>();
		for (Record record : graph.read(READ_HASHES, Map.of())) {
			hashes.put(record.get("id").asString(), record.get("readHash").asString());
		}
		return hashes;
	}

	/** What a document states now, as stored. */
	public List<Statement> stated(String documentId) {
		return StoredStatements.read(graph, documentId);
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

	/**
	 * Makes sure these services exist and that the document mentions them, each once however many facts it states.
	 * @return those of them that did not exist
	 */
	static List<String> mention(Graph.Tx tx, String documentId, Collection<String> serviceIds) {
		return tx.run(MENTION, Map.of("id", documentId, "ids", List.copyOf(serviceIds))).get(0).get("fresh")
				.asList(v -> v.asString());
	}

	/** Creates the document's statements about each service: {@code id} and {@code statements}, their properties. */
	static void state(Graph.Tx tx, String documentId, List<Map<String, Object>> services) {
		tx.run(STATE_SERVICES, Map.of("id", documentId, "services", services));
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
