package dev.cloudkg.facts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import dev.cloudkg.graph.Graph;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Component;

/**
 * What the graph remembers of earlier versions of its documents, written in the transaction of the import or delete
 * that makes them earlier ({@link FactWriter}):
 * <ul>
 * <li>each current statement carries {@code since}, when its document first stated it in these words on this line
 * (kept across imports that leave it as it is);</li>
 * <li>a statement an import no longer makes, or makes otherwise, becomes a {@code :PastStatement} node with its
 * properties, its {@code noteId} and {@code subject}, {@code since}, {@code until} (the import's time) and
 * {@code retractedBy} (the hash of the version that dropped it; null for a delete). These nodes have no
 * relationships: reads of the current graph never meet them;</li>
 * <li>each import and delete is a {@code :NoteVersion} node: note id, hash, time, title, kind, path and what it
 * created, updated and retracted (the import report, as JSON statements).</li>
 * </ul>
 * {@code cloudkg.history.keep} bounds how long past statements and versions are kept; {@code 0} writes none.
 */
@Component
public class FactHistory {

	/** Past statements and versions forgotten per write, at most: a write never spends long on the sweep. */
	static final int PRUNE_BATCH = 10_000;

	private static final String KEEP_RETRACTED = """
			// keep retracted
			UNWIND $statements AS p
			CREATE (h:PastStatement)
			SET h = p""";

	private static final String KEEP_VERSION = """
			// keep import
			CREATE (v:NoteVersion)
			SET v = $version""";

	private static final String FORGET_STATEMENTS = """
			// forget old statements
			MATCH (p:PastStatement) WHERE p.until < $horizon
			WITH p LIMIT $batch
			DELETE p""";

	private static final String FORGET_VERSIONS = """
			// forget old imports
			MATCH (v:NoteVersion) WHERE v.importedAt < $horizon
			WITH v LIMIT $batch
			DELETE v""";

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final AtomicReference<Instant> LAST = new AtomicReference<>(Instant.EPOCH);

	private final HistoryProperties properties;

	public FactHistory(HistoryProperties properties) {
		this.properties = properties;
	}

	public boolean enabled() {
		return properties.enabled();
	}

	/**
	 * The time of a new version: now, in UTC, later than every version made before in this process (two imports
	 * in the same microsecond still come one after the other).
	 */
	static ZonedDateTime now() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Instant at = LAST.updateAndGet(last -> now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS));
		return at.atZone(ZoneOffset.UTC);
	}

	/** When each previous statement was first stated, by {@link StatementDiff#identity}; a value may be null. */
	static Map<String, Object> since(List<StoredStatements.Stored> previous) {
		Map<String, Object> since = new HashMap<>();
		previous.forEach(p -> since.put(StatementDiff.identity(p.statement()), p.since()));
		return since;
	}

	/**
	 * The properties to store for {@code statement} at {@code at}: with the {@code since} of the same statement before,
	 * or {@code at} when it is new. Without history, as before.
	 */
	Map<String, Object> properties(Statement statement, Map<String, Object> since, ZonedDateTime at) {
		Map<String, Object> properties = statement.properties();
		if (!enabled()) {
			return properties;
		}
		String identity = StatementDiff.identity(statement);
		Object first = since.containsKey(identity) ? since.get(identity) : at;
		if (first != null) {
			properties.put("since", first);
		}
		return properties;
	}

	/**
	 * Keeps what a new version no longer states as past statements, and the version itself.
	 * @param next the identities of what the new version states (empty for a delete)
	 * @param hash the new version's hash; null for a delete
	 */
	void keep(Graph.Tx tx, SourceDocument version, List<StoredStatements.Stored> previous, Set<String> next,
			ZonedDateTime at, boolean deleted) {
		if (!enabled()) {
			return;
		}
		String noteId = version.id();
		List<Map<String, Object>> past = new ArrayList<>();
		for (StoredStatements.Stored stored : previous) {
			if (next.contains(StatementDiff.identity(stored.statement()))) {
				continue;
			}
			Map<String, Object> props = stored.statement().properties();
			props.put("noteId", noteId);
			props.put("subject", stored.statement().subject());
			if (stored.since() != null) {
				props.put("since", stored.since());
			}
			props.put("until", at);
			props.put("retractedBy", deleted ? null : version.hash());
			props.values().removeIf(java.util.Objects::isNull);
			past.add(props);
		}
		if (!past.isEmpty()) {
			tx.run(KEEP_RETRACTED, Map.of("statements", past));
		}
		List<Statement> before = previous.stream().map(StoredStatements.Stored::statement).toList();
		StatementDiff diff = StatementDiff.of(before, deleted ? List.of() : version.statements());
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("noteId", noteId);
		node.put("hash", deleted ? null : version.hash());
		node.put("importedAt", at);
		node.put("deleted", deleted);
		node.put("title", version.title());
		node.put("kind", version.kind());
		node.put("path", version.path());
		node.put("curated", version.curated());
		node.put("facts", deleted ? 0 : version.statements().size());
		node.put("created", json(diff.created()));
		node.put("updated", json(diff.updated()));
		node.put("retracted", json(diff.retracted()));
		node.values().removeIf(java.util.Objects::isNull);
		tx.run(KEEP_VERSION, Map.of("version", node));
	}

	/** Forgets past statements and versions older than {@code cloudkg.history.keep} (a batch at most). */
	void forget(Graph.Tx tx, ZonedDateTime at) {
		ZonedDateTime horizon = properties.horizon(at);
		if (horizon == null) {
			return;
		}
		Map<String, Object> parameters = Map.of("horizon", horizon, "batch", PRUNE_BATCH);
		tx.run(FORGET_STATEMENTS, parameters);
		tx.run(FORGET_VERSIONS, parameters);
	}

	/** Statements as JSON objects (subject, fact, key, values, line, text), one string each: a version's changes. */
	private static List<String> json(Collection<Statement> statements) {
		List<String> result = new ArrayList<>();
		for (Statement statement : statements) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("subject", statement.subject());
			m.put("fact", statement.fact().stored());
			m.put("key", statement.key());
			m.put("values", statement.values());
			m.put("line", statement.line());
			m.put("text", statement.text());
			result.add(JSON.writeValueAsString(m));
		}
		return result;
	}

	/** The reverse of the JSON a version stores for its changes. */
	@SuppressWarnings("unchecked")
	public static Statement statement(String json) {
		Map<String, Object> m = JSON.readValue(json, Map.class);
		Number line = (Number) m.get("line");
		return new Statement((String) m.get("subject"), dev.cloudkg.model.FactKind.of((String) m.get("fact")),
				(String) m.get("key"), (Map<String, Object>) m.getOrDefault("values", Map.of()),
				(line != null) ? line.intValue() : 0, (String) m.get("text"));
	}

}
