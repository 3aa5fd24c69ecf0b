package dev.cloudkg.catalog;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cloudkg.facts.HistoryProperties;
import dev.cloudkg.graph.Graph;
import dev.cloudkg.model.Direction;
import dev.cloudkg.model.FactKind;
import dev.cloudkg.model.Note;
import dev.cloudkg.model.Relation;
import dev.cloudkg.model.Service;
import dev.cloudkg.model.Source;
import dev.cloudkg.system.BadRequestException;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * The graph as it was at a time: the statements that held then (current ones stated since before it, and past ones
 * retracted after it, see {@code FactHistory}), read for a few services at a time and derived in memory by the
 * rule the writes derive by ({@code ServiceDerivation}: curated facts first, then the note imported last, then the
 * earlier line). Reads without {@code asOf} never come here.
 */
@Component
class AsOfGraph {

	/** The statements about each service (as subject) that held at {@code $at}, and the relations to it. */
	private static final String STATEMENTS = """
			// as of: statements
			UNWIND $ids AS sid
			CALL (sid) {
			  MATCH (d:Note)-[st:STATES]->(:Service {id: sid})
			  WHERE st.since IS NULL OR st.since <= $at
			  RETURN d.id AS note, sid AS subject, properties(st) AS props
			  UNION ALL
			  MATCH (p:PastStatement {subject: sid})
			  WHERE (p.since IS NULL OR p.since <= $at) AND p.until > $at
			  RETURN p.noteId AS note, sid AS subject, properties(p) AS props
			  UNION ALL
			  MATCH (d:Note)-[st:STATES]->(s:Service)
			  WHERE st.target = sid AND st.fact = $relationFact AND (st.since IS NULL OR st.since <= $at)
			  RETURN d.id AS note, s.id AS subject, properties(st) AS props
			  UNION ALL
			  MATCH (p:PastStatement {target: sid})
			  WHERE p.fact = $relationFact AND (p.since IS NULL OR p.since <= $at) AND p.until > $at
			  RETURN p.noteId AS note, p.subject AS subject, properties(p) AS props
			}
			RETURN note, subject, props""";

	/** Each document as it was at {@code $at}: its last version by then, or the document as it is. */
	private static final String DOCUMENTS = """
			// as of: documents
			UNWIND $notes AS nid
			OPTIONAL MATCH (v:NoteVersion {noteId: nid}) WHERE v.importedAt <= $at
			WITH nid, v ORDER BY v.importedAt DESC
			WITH nid, collect(v)[0] AS v
			OPTIONAL MATCH (d:Note {id: nid})
			RETURN nid AS id, coalesce(v.title, d.title) AS title, coalesce(v.kind, d.kind, 'note') AS kind,
			       coalesce(v.path, d.path) AS path, coalesce(v.curated, d.curated, false) AS curated,
			       coalesce(v.importedAt, d.importedAt) AS importedAt""";

	/**
	 * The services whose statements, or whose sources' order, changed after {@code $at}: every other service is now
	 * as it was then.
	 */
	private static final String CHANGED = """
			// as of: changed since
			CALL {
			  MATCH (p:PastStatement) WHERE p.until > $at RETURN p.subject AS id
			  UNION
			  MATCH (p:PastStatement) WHERE p.until > $at AND p.fact = $relationFact RETURN p.target AS id
			  UNION
			  MATCH (:Note)-[st:STATES]->(s:Service) WHERE st.since > $at RETURN s.id AS id
			  UNION
			  MATCH (:Note)-[st:STATES {fact: $relationFact}]->() WHERE st.since > $at RETURN st.target AS id
			  UNION
			  MATCH (v:NoteVersion) WHERE v.importedAt > $at
			  MATCH (:Note {id: v.noteId})-[:STATES]->(s:Service) RETURN s.id AS id
			}
			RETURN id LIMIT $limit""";

	/** Services whose statements changed after {@code asOf}, at most: more is refused, not read for minutes. */
	static final int MAX_CHANGED = 20_000;

	private final Graph graph;

	private final HistoryProperties history;

	AsOfGraph(Graph graph, HistoryProperties history) {
		this.graph = graph;
		this.history = history;
	}

	/** @throws BadRequestException when no history is kept, or not as far back as {@code at} */
	void check(OffsetDateTime at) {
		if (!history.enabled()) {
			throw new BadRequestException("asOf needs history, which is off (cloudkg.history.keep: 0)");
		}
		ZonedDateTime horizon = history.horizon(ZonedDateTime.now());
		if (horizon != null && at.toInstant().isBefore(horizon.toInstant())) {
			throw new BadRequestException("asOf " + at + " is before the history kept (cloudkg.history.keep: "
					+ history.keep() + "; the oldest kept is " + horizon.toOffsetDateTime() + ")");
		}
	}

	/** The ids of the services that may have been otherwise at {@code at} than they are now. */
	Set<String> changedSince(OffsetDateTime at) {
		Set<String> ids = new LinkedHashSet<>();
		for (Record row : graph.read(CHANGED, Map.of("at", at, "relationFact", FactKind.RELATION.stored(), "limit",
				MAX_CHANGED + 1))) {
			if (!row.get("id").isNull()) {
				ids.add(row.get("id").asString());
			}
		}
		if (ids.size() > MAX_CHANGED) {
			throw new BadRequestException("more than " + MAX_CHANGED + " services changed since " + at
					+ "; a list of services asOf then would read too much: ask for fewer (where: {id_in: …}) or a"
					+ " later time");
		}
		return ids;
	}

	/** A document as it was at the time asked for, with what orders its statements. */
	record Document(Note note, boolean curated, Object importedAt) {
	}

	/** One statement that held at the time asked for. */
	record Fact(Document document, String subject, Map<String, Object> props) {

		FactKind fact() {
			return FactKind.of((String) props.get("fact"));
		}

		String target() {
			return (String) props.get("target");
		}

		String type() {
			return (String) props.get("type");
		}

		Integer line() {
			Object line = props.get("line");
			return (line instanceof Number n) ? n.intValue() : null;
		}

		Source source() {
			return new Source(document.note(), line(), (String) props.get("text"), fact());
		}

	}

	/** A service as it was: its properties and everything its fields show. */
	record Snapshot(Service service, List<Fact> facts, List<Fact> incoming) {
	}

	/**
	 * The snapshots one request has read, by time and id (absent: did not exist then), so that the fields of a page
	 * read each service once; a map from {@link #cache()}.
	 */
	static Map<String, java.util.Optional<Snapshot>> cache() {
		return new java.util.concurrent.ConcurrentHashMap<>();
	}

	/** As {@link #snapshots(Collection, OffsetDateTime)}, reading only those not in {@code cache} (and adding them). */
	Map<String, Snapshot> snapshots(Collection<String> ids, OffsetDateTime at,
			Map<String, java.util.Optional<Snapshot>> cache) {
		if (cache == null) {
			return snapshots(ids, at);
		}
		Set<String> missing = new LinkedHashSet<>();
		for (String id : ids) {
			if (!cache.containsKey(at + "|" + id)) {
				missing.add(id);
			}
		}
		Map<String, Snapshot> read = snapshots(missing, at);
		for (String id : missing) {
			cache.put(at + "|" + id, java.util.Optional.ofNullable(read.get(id)));
		}
		Map<String, Snapshot> result = new LinkedHashMap<>();
		for (String id : ids) {
			cache.get(at + "|" + id).ifPresent(snapshot -> result.put(id, snapshot));
		}
		return result;
	}

	/** The services among {@code ids} that existed at {@code at}, as they were, by id. */
	Map<String, Snapshot> snapshots(Collection<String> ids, OffsetDateTime at) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Record> rows = graph.read(STATEMENTS,
				Map.of("ids", List.copyOf(new LinkedHashSet<>(ids)), "at", at, "relationFact",
						FactKind.RELATION.stored()));
		Set<String> notes = new LinkedHashSet<>();
		rows.forEach(r -> notes.add(r.get("note").asString()));
		Map<String, Document> documents = documents(notes, at);
		Map<String, Fact> unique = new LinkedHashMap<>();
		for (Record row : rows) {
			Document document = documents.get(row.get("note").asString());
			Map<String, Object> props = row.get("props").asMap();
			Fact fact = new Fact(document, row.get("subject").asString(), props);
			unique.putIfAbsent(document.note().id() + "|" + fact.subject() + "|" + props.get("key"), fact);
		}
		List<Fact> ordered = new ArrayList<>(unique.values());
		ordered.sort(AsOfDerivation.PRECEDENCE);
		// one pass: each service's own statements and the relations to it, in precedence order
		Map<String, List<Fact>> own = new java.util.HashMap<>();
		Map<String, List<Fact>> incoming = new java.util.HashMap<>();
		for (Fact fact : ordered) {
			own.computeIfAbsent(fact.subject(), k -> new ArrayList<>()).add(fact);
			if (fact.fact() == FactKind.RELATION) {
				incoming.computeIfAbsent(fact.target(), k -> new ArrayList<>()).add(fact);
			}
		}
		Map<String, Snapshot> snapshots = new LinkedHashMap<>();
		for (String id : new LinkedHashSet<>(ids)) {
			List<Fact> facts = own.get(id);
			if (facts != null) {
				snapshots.put(id, new Snapshot(AsOfDerivation.service(id, facts, at), List.copyOf(facts),
						List.copyOf(incoming.getOrDefault(id, List.of()))));
			}
		}
		return snapshots;
	}

	private Map<String, Document> documents(Set<String> notes, OffsetDateTime at) {
		Map<String, Document> documents = new LinkedHashMap<>();
		for (Record row : graph.read(DOCUMENTS, Map.of("notes", List.copyOf(notes), "at", at))) {
			Note note = new Note(row.get("id").asString(), row.get("title").asString(null),
					row.get("kind").asString("note"), row.get("path").asString(null));
			documents.put(note.id(),
					new Document(note, row.get("curated").asBoolean(false), row.get("importedAt").asObject()));
		}
		return documents;
	}

	/**
	 * Its relationships then, each once per type and other service, in the order of {@code ServiceQueries}' relations
	 * (type, outgoing first, the other's name); the other end must have existed then.
	 */
	List<Relation> relations(Snapshot snapshot, List<String> types, Direction direction, OffsetDateTime at,
			Map<String, java.util.Optional<Snapshot>> cache) {
		record Key(String type, Direction direction, String other) {
		}
		Map<Key, Fact> winners = new LinkedHashMap<>();
		if (direction != Direction.IN) {
			for (Fact fact : snapshot.facts()) {
				if (fact.fact() == FactKind.RELATION && (types == null || types.contains(fact.type()))) {
					winners.putIfAbsent(new Key(fact.type(), Direction.OUT, fact.target()), fact);
				}
			}
		}
		if (direction != Direction.OUT) {
			for (Fact fact : snapshot.incoming()) {
				if (types == null || types.contains(fact.type())) {
					winners.putIfAbsent(new Key(fact.type(), Direction.IN, fact.subject()), fact);
				}
			}
		}
		Set<String> others = new LinkedHashSet<>();
		winners.keySet().forEach(k -> others.add(k.other()));
		Map<String, Snapshot> ends = snapshots(others, at, cache);
		List<Relation> relations = new ArrayList<>();
		winners.forEach((key, fact) -> {
			Snapshot other = ends.get(key.other());
			if (other == null) {
				return;
			}
			String via = null;
			String subject = (key.direction() == Direction.OUT) ? snapshot.service().id() : key.other();
			String object = (key.direction() == Direction.OUT) ? key.other() : snapshot.service().id();
			List<Fact> supporting = (key.direction() == Direction.OUT) ? snapshot.facts() : snapshot.incoming();
			for (Fact f : supporting) {
				if (f.fact() == FactKind.RELATION && key.type().equals(f.type()) && f.subject().equals(subject)
						&& object.equals(f.target()) && f.props().get("via") != null) {
					via = (String) f.props().get("via");
					break;
				}
			}
			relations.add(new Relation(key.type(), key.direction(), other.service(), subject, object, via));
		});
		relations.sort(Comparator.comparing(Relation::type)
				.thenComparing(r -> r.direction() == Direction.OUT ? 0 : 1)
				.thenComparing(r -> r.service().name()));
		return relations;
	}

}
