package dev.cloudkg.explore;

import java.util.List;
import java.util.Map;

import dev.cloudkg.graph.Graph;
import dev.cloudkg.model.Note;
import dev.cloudkg.model.Service;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Full-text search over services (names, aliases, summaries, descriptions) and the sentences of source
 * documents, in one statement. Service hits come first, then sentences: a name match is what a user
 * looks for, a sentence is the evidence around it.
 */
@Component
class ServiceSearch {

	private static final String SEARCH = """
			CALL () {
			  CALL db.index.fulltext.queryNodes('service_text', $services, {limit: $first}) YIELD node, score
			  RETURN 0 AS tier, score, node AS s, null AS d, null AS line,
			         coalesce(node.summary, node.description, node.fullName, node.name) AS snippet
			  UNION ALL
			  CALL db.index.fulltext.queryRelationships('states_text', $sentences, {limit: $first * 10})
			    YIELD relationship, score
			  WITH startNode(relationship) AS d, endNode(relationship) AS s, relationship.text AS snippet,
			       relationship.line AS line, score
			  WITH d, s, snippet, max(score) AS score, min(line) AS line
			  RETURN 1 AS tier, score, s, d, line, snippet
			}
			WITH tier, score, s, d, line, snippet ORDER BY tier, score DESC, s.name, line LIMIT $first
			RETURN score, snippet, line, s %s AS service, CASE WHEN d IS NULL THEN null ELSE d %s END AS note"""
			.formatted(Service.PROJECTION, Note.PROJECTION);

	private final Graph graph;

	ServiceSearch(Graph graph) {
		this.graph = graph;
	}

	List<SearchHit> search(String text, int first) {
		SearchQuery query = SearchQuery.of(text);
		if (query.isEmpty() || first == 0) {
			return List.of();
		}
		return graph.read(SEARCH, Map.of("services", query.services(), "sentences", query.sentences(), "first", first))
				.stream()
				.map(ServiceSearch::hit)
				.toList();
	}

	private static SearchHit hit(Record r) {
		return new SearchHit(r.get("score").asDouble(), r.get("snippet").isNull() ? null : r.get("snippet").asString(),
				Service.of(r.get("service")), r.get("note").isNull() ? null : Note.of(r.get("note")),
				r.get("line").isNull() ? null : r.get("line").asInt());
	}

}
