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
 * The writes of a facts load in batches ({@link FactsImporter}), each its own transaction: the files were checked
 * whole before any of this runs, so these writes cannot fail on a reference. A document being loaded has no hash
 * until its last batch is written, so a load stopped midway is written again at the next start; every service it
 * is about is MENTIONed first, so that re-run also finds what the stopped one left behind.
 */
@Component
public class FactsLoadWriter {

	private static final String HASHES = """
			// hashes
			UNWIND $ids AS id
			OPTIONAL MATCH (d:Note {id: id})
			RETURN id, d.hash AS hash""";

	private static final String DECLARED_OUTSIDE = """
			// declared outside
			UNWIND $targets AS target
			MATCH (s:Service {id: target})<-[:STATES {fact: $existsFact}]-(d:Note)
			WHERE NOT d.id IN $excluded
			RETURN DISTINCT s.id AS id""";

	private static final String BEGIN_FACTS = """
			// begin facts
			MERGE (d:Note {id: $id})
			SET d.title = $title, d.kind = 'facts', d.path = $path, d.curated = true, d.importedAt = datetime()
			REMOVE d.hash, d.text""";

	/* from each service, whose statements are few, never from the document, which may have a million */
	private static final String FORGET_ABOUT = """
			// forget about
			UNWIND $ids AS sid
			MATCH (:Service {id: sid})<-[st:STATES]-(d:Note)
			WHERE d.id = $id
			WITH st, st.target AS target
			DELETE st
			RETURN collect(DISTINCT target) AS targets""";

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

	public FactsLoadWriter(Graph graph) {
		this.graph = graph;
	}

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
		for (Record record : graph.read(DECLARED_OUTSIDE, FactParameters.with(
				Map.of("targets", List.copyOf(serviceIds), "excluded", List.copyOf(excluded))))) {
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
		return graph.write(tx -> FactWriter.mention(tx, documentId, serviceIds));
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
			FactWriter.state(tx, documentId, parameter);
			ServiceDerivation.derive(tx, touched, touched.stream().filter(t -> !fresh.contains(t)).toList());
			oldTargets.removeAll(keep);
			if (!oldTargets.isEmpty()) {
				ServiceDerivation.dropOrphans(tx, oldTargets);
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
			ServiceDerivation.derive(tx, touched);
			touched.removeAll(keep);
			if (!touched.isEmpty()) {
				ServiceDerivation.dropOrphans(tx, touched);
			}
			return null;
		});
	}

	/** Ends loading a facts document: its hash marks it complete. */
	void finish(String documentId, String hash) {
		graph.write(tx -> tx.run(FINISH_FACTS, Map.of("id", documentId, "hash", hash)));
	}

}
