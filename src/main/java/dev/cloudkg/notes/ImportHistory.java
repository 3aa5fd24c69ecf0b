package dev.cloudkg.notes;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.cloudkg.facts.FactHistory;
import dev.cloudkg.graph.Graph;
import dev.cloudkg.system.BadRequestException;
import dev.cloudkg.system.GraphQlProperties;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code importHistory}: a note's imports and deletes as {@code FactHistory} kept them, the latest first, a page at a
 * time (the cursor is the time of the last import of the page), in one statement.
 */
@Controller
class ImportHistory {

	private static final String PAGE = """
			// import history
			RETURN COUNT { (v:NoteVersion {noteId: $id}) } AS total,
			       COLLECT {
			         MATCH (v:NoteVersion {noteId: $id}) WHERE $after IS NULL OR v.importedAt < $after
			         WITH v ORDER BY v.importedAt DESC LIMIT $limit
			         RETURN v {.*}
			       } AS page""";

	private final Graph graph;

	private final GraphQlProperties properties;

	ImportHistory(Graph graph, GraphQlProperties properties) {
		this.graph = graph;
		this.properties = properties;
	}

	@QueryMapping
	Connection importHistory(@Argument String noteId, @Argument Integer first, @Argument String after) {
		int size = (first != null) ? first : 20;
		if (size < 0 || size > properties.maxPageSize()) {
			throw new BadRequestException("first must be between 0 and " + properties.maxPageSize()
					+ " (cloudkg.graphql.max-page-size), not " + size);
		}
		OffsetDateTime from = (after != null) ? decode(after) : null;
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("id", noteId);
		parameters.put("limit", size + 1);
		parameters.put("after", from);
		Record record = graph.read(PAGE, parameters).get(0);
		List<Version> versions = record.get("page").asList(ImportHistory::version);
		boolean hasNext = versions.size() > size;
		List<Version> page = versions.subList(0, Math.min(size, versions.size()));
		String start = page.isEmpty() ? null : encode(page.get(0).importedAt());
		String end = page.isEmpty() ? null : encode(page.get(page.size() - 1).importedAt());
		return new Connection(page, new PageInfo(hasNext, after != null, start, end), record.get("total").asInt());
	}

	private static Version version(Value v) {
		return new Version(v.get("noteId").asString(), v.get("importedAt").asZonedDateTime().toOffsetDateTime(),
				v.get("hash").asString(null), v.get("deleted").asBoolean(false), v.get("title").asString(null),
				v.get("path").asString(null), v.get("facts").asInt(0), changes(v.get("created")),
				changes(v.get("updated")), changes(v.get("retracted")));
	}

	private static List<FactChange> changes(Value json) {
		if (json.isNull()) {
			return List.of();
		}
		return json.asList(j -> FactChange.of(FactHistory.statement(j.asString())));
	}

	private static String encode(OffsetDateTime time) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(time.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static OffsetDateTime decode(String cursor) {
		try {
			return OffsetDateTime.parse(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
		}
		catch (RuntimeException ex) {
			throw new BadRequestException("after: '" + cursor + "' is not a cursor of importHistory (pass an"
					+ " endCursor it returned)");
		}
	}

	/** One import or delete, as the schema's {@code NoteImport}. */
	record Version(String noteId, OffsetDateTime importedAt, String hash, boolean deleted, String title, String path,
			int facts, List<FactChange> created, List<FactChange> updated, List<FactChange> retracted) {
	}

	record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	record Connection(List<Version> nodes, PageInfo pageInfo, int totalCount) {
	}

}
