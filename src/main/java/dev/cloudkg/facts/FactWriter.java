package dev.cloudkg.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>Facts files are loaded in batches instead (see {@code FactsImporter}): many transactions of a few thousand
 * services each, after every file was checked.
 *
 * <p>Derivation rule when sources disagree: curated facts win, then the most recently imported note,
 * then the earliest line.
 */
@Component
public class FactWriter {

	/**
	 * Which statement of a fact wins when several documents state it, as a Cypher order over the document {@code d}
	 * and the statement {@code st}: a curated facts file before any note, then the note imported last, then the
	 * earlier line. Every derived property, trait, pricing model and relationship, and every conflict shown, is
	 * chosen in this order.
	 */
	public static final String PRECEDENCE = "d.curated DESC, d.importedAt DESC, st.line ASC";

	private static final String EXISTING_HASH = """
			OPTIONAL MATCH (d:Note {id: $id}) RETURN d.hash AS hash""";

	private static final String UPSERT_DOCUMENT = """
			MERGE (d:Note {id: $id})
			SET d.title = $title, d.kind = $kind, d.path = $path, d.text = $text, d.curated = $curated,
			    d.hash = $hash, d.readHash = $readHash, d.importedAt = datetime.statement()""";

	private static final String SET_READ_HASH = """
			MATCH (d:Note {id: $id}) SET d.readHash = $readHash""";

	private static final String READ_HASHES = """
			MATCH (d:Note) WHERE d.readHash IS NOT NULL RETURN d.id AS id, d.readHash AS readHash""";

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

	private static final String DERIVE_PROPERTIES = """
			// derive properties
			UNWIND $ids AS sid
			MATCH (s:Service {id: sid})
			OPTIONAL MATCH (d:Note)-[st:STATES]->(s)
			WITH s, d, st ORDER BY %s
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
			                  WHEN 'concept' THEN ['Concept'] ELSE [] END | SET s:$(label))""".formatted(PRECEDENCE);

	private static final String DERIVE_TRAITS = """
			// derive traits
			UNWIND $ids AS sid
			MATCH (d:Note)-[st:STATES {fact: 'trait'}]->(s:Service {id: sid})
			WITH s, d, st ORDER BY %s
			WITH s, st.target AS target, collect(st) AS sts, collect(d.id + ':' + st.line) AS sources
			MERGE (t:Trait {id: target})
			SET t.name = coalesce(sts[0].name, t.name, target)
			MERGE (s)-[h:HAS_TRAIT]->(t)
			SET h.value = sts[0].value, h.sources = sources""".formatted(PRECEDENCE);

	private static final String DERIVE_PRICING = """
			// derive pricing
			UNWIND $ids AS sid
			MATCH (d:Note)-[st:STATES {fact: 'pricing'}]->(s:Service {id: sid})
			WITH s, d, st ORDER BY %s
			WITH s, st.target AS target, collect(st) AS sts, collect(d.id + ':' + st.line) AS sources
			MERGE (p:PricingModel {id: target})
			SET p.name = coalesce(sts[0].name, p.name, target)
			MERGE (s)-[r:PRICED_BY]->(p)
			SET r.sources = sources""".formatted(PRECEDENCE);

	private static final String DERIVE_RELATIONS = """
			// derive relations
			UNWIND $ids AS sid
			MATCH (d:Note)-[st:STATES {fact: 'relation'}]->(s:Service {id: sid})
			WITH s, d, st ORDER BY %s
			WITH s, st.type AS type, st.target AS target, collect(d.id + ':' + st.line) AS sources, collect(st.via) AS vias
			MATCH (t:Service {id: target})
			MERGE (s)-[r:$(type)]->(t)
			SET r.sources = sources, r.via = head(vias)""".formatted(PRECEDENCE);

	/*
	 * What still supports each relationship is read from the service's own statements (few), never looked up by
	 * target: thousands of services that all run on EC2 made that lookup scan EC2's thousands of statements per
	 * relationship (a 1 MB note of 10,000 services spent 147 s here).
	 */
	private static final String DROP_UNSUPPORTED = """
			// drop unsupported
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
			// drop orphans
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

	private static final String HASHES = """
			// hashes
			UNWIND $ids AS id
			OPTIONAL MATCH (d:Note {id: id})
			RETURN id, d.hash AS hash""";

	private static final String DECLARED_OUTSIDE = """
			// declared outside
			UNWIND $targets AS target
			MATCH (s:Service {id: target})<-[:STATES {fact: 'exists'}]-(d:Note)
			WHERE NOT d.id IN $excluded
			RETURN DISTINCT s.id AS id""";

	private static final String BEGIN_FACTS = """
			// begin facts
			MERGE (d:Note {id: $id})
			SET d.title = $title, d.kind = 'facts', d.path = $path, d.curated = true, d.importedAt = datetime()
			REMOVE d.hash, d.text""";

	private static final String MENTION = """
			// mention
			MATCH (d:Note {id: $id})
			UNWIND $ids AS sid
			OPTIONAL MATCH (known:Service {id: sid})
			WITH d, sid, known IS NULL AS fresh
			MERGE (s:Service {id: sid})
			MERGE (d)-[:MENTIONS]->(s)
			RETURN [x IN collect(CASE WHEN fresh THEN sid END) WHERE x IS NOT NULL] AS fresh""";

	/* from each service, whose statements are few, never from the document, which may have a million */
	private static final String FORGET_ABOUT = """
			// forget about
			UNWIND $ids AS sid
			MATCH (:Service {id: sid})<-[st:STATES]-(d:Note)
			WHERE d.id = $id
			WITH st, st.target AS target
			DELETE st
			RETURN collect(DISTINCT target) AS targets""";

	private static final String STATE_SERVICES = """
			// state services
			MATCH (d:Note {id: $id})
			UNWIND $services AS service
			MATCH (s:Service {id: service.id})
			UNWIND service.statements AS props
			CREATE (d)-[st:STATES]->(s)
			SET st = props""";

	private static final String MENTIONED = """
			// mentioned
			MATCH (:Note {id: $id})-[:MENTIONS]->(s:Service) RETURN s.id AS id""";

	private static final String RETRACT_ABOUT = """
			// retract about
			UNWIND $ids AS sid
			MATCH (:Service {id: sid})<-[r:STATES|MENTIONS]-(d:Note)
			WHERE d.id = $id
			WITH r, CASE type(r) WHEN 'STATES' THEN r.target END AS target
			DELETE r
			RETURN collect(DISTINCT target) AS targets""";

	private static final String FINISH_FACTS = """
			// finish facts
			MATCH (d:Note {id: $id}) SET d.hash = $hash""";

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
					outcomes.add(new Outcome(document.id(), false, document.statements().size(), document.statements()));
					continue;
				}
				List<Statement> previous = previous(tx, document.id());
				Map<String, Object> properties = new HashMap<>();
				properties.put("id", document.id());
				properties.put("title", document.title());
				properties.put("kind", document.kind());
				properties.put("path", document.path());
				properties.put("text", document.text());
				properties.put("curated", document.curated());
				properties.put("hash", document.hash());
				properties.put("readHash", document.readHash());
				tx.run(UPSERT_DOCUMENT, properties);
				// only what the previous version stated can lose its support: the sweeps for unsupported relationships
				// and orphans look at those services, not at every service the note is about
				retracted.addAll(retract(tx, document.id()));
				Map<String, List<Map<String, Object>>> bySubject = new java.util.LinkedHashMap<>();
				for (Statement statement : document.statements()) {
					bySubject.computeIfAbsent(statement.subject(), k -> new ArrayList<>()).add(statement.properties());
				}
				// each service merged and mentioned once, however many facts the note states about it
				tx.run(MENTION, Map.of("id", document.id(), "ids", List.copyOf(bySubject.keySet())));
				List<Map<String, Object>> services = new ArrayList<>();
				bySubject.forEach((subject, props) -> services.add(Map.of("id", subject, "statements", props)));
				tx.run(STATE_SERVICES, Map.of("id", document.id(), "services", services));
				touched.addAll(bySubject.keySet());
				written.add(document);
				outcomes.add(new Outcome(document.id(), true, document.statements().size(), previous));
			}
			if (written.isEmpty()) {
				return outcomes;
			}
			touched.addAll(retracted);
			deriveOnly(tx, touched, retracted);
			if (!retracted.isEmpty()) {
				tx.run(DROP_ORPHANS, Map.of("ids", List.copyOf(retracted)));
			}
			for (SourceDocument document : written) {
				List<Record> missing = tx.run(MISSING_TARGETS, Map.of("id", document.id()));
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

	/**
	 * Derives the properties and relationships of these services again from all statements about them, and
	 * removes those of them nothing states any more.
	 */
	private static void derive(Graph.Tx tx, Set<String> touched) {
		deriveOnly(tx, touched);
		tx.run(DROP_ORPHANS, Map.of("ids", List.copyOf(touched)));
	}

	private static void deriveOnly(Graph.Tx tx, Collection<String> touched) {
		deriveOnly(tx, touched, touched);
	}

	/** @param related those of {@code touched} that may have relationships nothing supports any more */
	private static void deriveOnly(Graph.Tx tx, Collection<String> touched, Collection<String> related) {
		Map<String, Object> ids = Map.of("ids", List.copyOf(touched));
		tx.run(DERIVE_PROPERTIES, ids);
		tx.run(DERIVE_TRAITS, ids);
		tx.run(DERIVE_PRICING, ids);
		tx.run(DERIVE_RELATIONS, ids);
		if (!related.isEmpty()) {
			tx.run(DROP_UNSUPPORTED, Map.of("ids", List.copyOf(related)));
		}
	}

	/*
	 * A facts load in batches (FactsImporter): the files were checked whole before any of this runs, so these
	 * writes cannot fail on a reference. A document being loaded has no hash until its last batch is written, so a
	 * load stopped midway is written again at the next start; every service it is about is MENTIONed first, so
	 * that re-run also finds what the stopped one left behind.
	 */

	/** The stored hash of each of these documents (null: not in the graph, or a load of it did not finish). */
	Map<String, String> hashes(Collection<String> documentIds) {
		Map<String, String> hashes = new HashMap<>();
		for (Record record : graph.read(HASHES, Map.of("ids", List.copyOf(documentIds)))) {
			hashes.put(record.get("id").asString(), record.get("hash").isNull() ? null : record.get("hash").asString());
		}
		return hashes;
	}

	/** Which of these services a document other than {@code excluded} declares. */
	Set<String> declaredOutside(Collection<String> serviceIds, Collection<String> excluded) {
		Set<String> declared = new HashSet<>();
		for (Record record : graph.read(DECLARED_OUTSIDE,
				Map.of("targets", List.copyOf(serviceIds), "excluded", List.copyOf(excluded)))) {
			declared.add(record.get("id").asString());
		}
		return declared;
	}

	/** Starts loading a facts document: its hash is cleared until {@link #finish} (a facts file's text is not stored). */
	void begin(String documentId, String title, String path) {
		graph.write(tx -> tx.run(BEGIN_FACTS, Map.of("id", documentId, "title", title, "path", path)));
	}

	/**
	 * Makes sure these services exist and that the document mentions them, before any batch refers to them.
	 * @return those of them that did not exist: nothing stated anything about them, they have no relationships
	 */
	List<String> mention(String documentId, Collection<String> serviceIds) {
		return graph.write(tx -> tx.run(MENTION, Map.of("id", documentId, "ids", List.copyOf(serviceIds))))
			.get(0).get("fresh").asList(v -> v.asString());
	}

	/**
	 * One batch, in one transaction: replaces what the document stated about these services by {@code services}
	 * (each the statements of one service) and derives them again.
	 * @param keep services the load declares: never removed as orphans while it runs
	 * @param stated services the document may have stated something about before (the others need no retraction)
	 * @param fresh services the load created: they have no relationships but those it derives
	 */
	void replace(String documentId, List<List<Statement>> services, Set<String> keep, Set<String> stated,
			Set<String> fresh) {
		List<String> subjects = new ArrayList<>(services.size());
		List<Map<String, Object>> parameter = new ArrayList<>(services.size());
		for (List<Statement> statements : services) {
			String subject = statements.get(0).subject();
			subjects.add(subject);
			parameter.add(Map.of("id", subject, "statements", statements.stream().map(Statement::properties).toList()));
		}
		List<String> before = subjects.stream().filter(stated::contains).toList();
		graph.write(tx -> {
			Set<String> touched = new LinkedHashSet<>(subjects);
			Set<String> oldTargets = new HashSet<>();
			if (!before.isEmpty()) {
				oldTargets.addAll(tx.run(FORGET_ABOUT, Map.of("id", documentId, "ids", before)).get(0).get("targets")
					.asList(v -> v.asString()));
			}
			touched.addAll(oldTargets);
			tx.run(STATE_SERVICES, Map.of("id", documentId, "services", parameter));
			deriveOnly(tx, touched, touched.stream().filter(t -> !fresh.contains(t)).toList());
			oldTargets.removeAll(keep);
			if (!oldTargets.isEmpty()) {
				tx.run(DROP_ORPHANS, Map.of("ids", List.copyOf(oldTargets)));
			}
			return null;
		});
	}

	/** The services a document mentions (stated, or was about to state when a load stopped). */
	List<String> mentioned(String documentId) {
		return graph.read(MENTIONED, Map.of("id", documentId)).stream().map(r -> r.get("id").asString()).toList();
	}

	/** Retracts what the document stated about these services, in one transaction. */
	void retract(String documentId, Collection<String> serviceIds, Set<String> keep) {
		graph.write(tx -> {
			List<String> ids = List.copyOf(serviceIds);
			Set<String> touched = new LinkedHashSet<>(ids);
			touched.addAll(tx.run(RETRACT_ABOUT, Map.of("id", documentId, "ids", ids)).get(0).get("targets")
				.asList(v -> v.asString()));
			deriveOnly(tx, touched);
			touched.removeAll(keep);
			if (!touched.isEmpty()) {
				tx.run(DROP_ORPHANS, Map.of("ids", List.copyOf(touched)));
			}
			return null;
		});
	}

	/** Ends loading a facts document: its hash marks it complete. */
	void finish(String documentId, String hash) {
		graph.write(tx -> tx.run(FINISH_FACTS, Map.of("id", documentId, "hash", hash)));
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
