package dev.cloudkg.catalog;

import java.util.List;
import java.util.Map;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.GraphQlClient;
import dev.cloudkg.graph.Graph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of the most asked filters is read from an index in name order: the statement sorts by the
 * properties the filter fixes first (a no-op for the result), so Neo4j can stop after one page instead of
 * sorting every match. The index plans themselves are shown by the benchmark at 100,000 services.
 */
@CloudKgTest
class IndexOrderedPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Graph graph;

	@Test
	void serverlessWithoutTimeLimitSortsByTheFixedPropertiesFirst() {
		assertThat(statement("{ services(where: {serverless: true, hasTimeLimit: false}) { nodes { id } } }"))
				.contains("ORDER BY s.serverless ASC, s.hasTimeLimit ASC, s.name ASC, s.id ASC")
				.contains("s.name IS NOT NULL AND s.id IS NOT NULL");
		assertThat(statement("{ services(where: {category: \"compute\", serverless: true}) { nodes { id } } }"))
				.contains("ORDER BY s.category ASC, s.serverless ASC, s.name ASC, s.id ASC");
		assertThat(statement("{ services(where: {provider: \"aws\"}) { nodes { id } } }"))
				.contains("ORDER BY s.provider ASC, s.name ASC, s.id ASC");
	}

	@Test
	void everyServiceByNameReadsTheNameIndexAndOtherOrdersSortAsUsual() {
		assertThat(statement("{ services(first: 50) { nodes { id } } }")).contains("ORDER BY s.name ASC, s.id ASC")
				.contains("s.name IS NOT NULL");
		assertThat(statement("{ services(orderBy: [{field: NAME, direction: DESC}]) { nodes { id } } }"))
				.doesNotContain("IS NOT NULL");
		assertThat(statement("{ services(where: {kind: TECHNOLOGY}) { nodes { id } } }")).doesNotContain("IS NOT NULL");
	}

	@Test
	void theIndexesThoseStatementsNeedExist() {
		List<List<Object>> indexed = graph.read("SHOW RANGE INDEXES YIELD labelsOrTypes, properties RETURN properties",
				Map.of()).stream().map(r -> r.get("properties").asList(v -> (Object) v.asString())).toList();
		assertThat(indexed).contains(List.of("serverless", "hasTimeLimit", "name", "id"),
				List.of("category", "serverless", "name", "id"), List.of("provider", "name", "id"),
				List.of("name", "id"));
	}

	@SuppressWarnings("unchecked")
	private String statement(String query) {
		Map<String, Object> body = GraphQlClient.explained(port, query);
		assertThat(body).doesNotContainKey("errors");
		List<Map<String, Object>> cypher = (List<Map<String, Object>>) ((Map<String, Object>) body.get("extensions"))
				.get("cypher");
		return (String) cypher.get(0).get("statement");
	}

}
