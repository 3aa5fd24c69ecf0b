package dev.cloudkg.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.GraphQlClient;
import dev.cloudkg.facts.FactWriter;
import dev.cloudkg.facts.FactsFileReader;
import dev.cloudkg.graph.Graph;
import io.micrometer.core.instrument.MeterRegistry;
import dev.cloudkg.graph.StatementsRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serviceFacets} counts exactly what plain Cypher counts over the same services, on the seed graph and on a
 * generated one, in one statement.
 */
@CloudKgTest
class ServiceFacetsTests {

	private static final String GENERATED = "facts/zz-facets";

	private static final int SERVICES = 36;

	private static final List<String> SINGLE = List.of("category", "kind", "provider", "serverless", "hasTimeLimit");

	@LocalServerPort
	int port;

	@Autowired
	Graph graph;

	@Autowired
	FactWriter writer;

	@Autowired
	FactsFileReader reader;

	@Autowired
	MeterRegistry meters;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.to(port);
	}

	@AfterEach
	void removeGenerated() {
		writer.write(reader.read(GENERATED + ".yaml", "services: []\n"));
		graph.write(tx -> tx.run("MATCH (d:Note {id: $id}) DETACH DELETE d", Map.of("id", GENERATED)));
	}

	@Test
	void facetsOfEveryServiceCountWhatCypherCounts() {
		GraphQlTester.Response response = facets(null);
		assertCounts(response, "NOT s:Concept", Map.of());
		assertThat(response.path("serviceFacets.total").entity(Integer.class).get()).isGreaterThan(10);
	}

	@Test
	void facetsOfServerlessServicesCountWhatCypherCounts() {
		GraphQlTester.Response response = facets(Map.of("serverless", true));
		assertCounts(response, "s.serverless = true AND NOT s:Concept", Map.of());
		response.path("serviceFacets.serverless[*].value").entityList(Boolean.class).containsExactly(true);
	}

	@Test
	void facetsOfAGeneratedGraphCountItsServicesOnly() {
		writer.write(reader.read(GENERATED + ".yaml", generated()));
		String mine = "EXISTS { (:Note {id: $note})-[:MENTIONS]->(s) } AND NOT s:Concept";
		GraphQlTester.Response all = facets(Map.of("mentionedIn", GENERATED));
		assertCounts(all, mine, Map.of("note", GENERATED));
		all.path("serviceFacets.total").entity(Integer.class).isEqualTo(SERVICES);
		// what the generator wrote, as a second check of the Cypher itself
		assertThat(buckets(all, "category")).containsEntry("compute", 9)
				.containsEntry("containers", 9)
				.containsEntry("storage", 9)
				.containsEntry(null, 9);
		assertThat(buckets(all, "serverless")).containsEntry(true, 12).containsEntry(false, 12).containsEntry(null, 12);

		GraphQlTester.Response serverless = facets(
				Map.of("AND", List.of(Map.of("mentionedIn", GENERATED), Map.of("serverless", true))));
		assertCounts(serverless, mine + " AND s.serverless = true", Map.of("note", GENERATED));
		serverless.path("serviceFacets.total").entity(Integer.class).isEqualTo(SERVICES / 3);
	}

	@Test
	void facetsOfARelatedServiceFilterCountWhatTheServicesFilterFinds() {
		GraphQlTester.Response response = facets(Map.of("related", Map.of("type", "RUNS_ON", "service", "ECS")));
		assertThat(response.path("serviceFacets.total").entity(Integer.class).get())
				.isEqualTo(response.path("services.totalCount").entity(Integer.class).get())
				.isEqualTo(graph
						.read("MATCH (s:Service)-[:RUNS_ON]->(:Service {id: 'ecs'}) RETURN count(DISTINCT s) AS n",
								Map.of())
						.get(0)
						.get("n")
						.asInt())
				.isPositive();
	}

	@Test
	@SuppressWarnings("unchecked")
	void facetsAreOneStatement() {
		long before = StatementsRun.count(meters);
		Map<String, Object> body = GraphQlClient.explained(port,
				"{ serviceFacets(where: {serverless: true}) { total category { value count } traits { trait value count } } }");
		assertThat(body).doesNotContainKey("errors");
		List<Map<String, Object>> cypher = (List<Map<String, Object>>) ((Map<String, Object>) body.get("extensions"))
				.get("cypher");
		assertThat(cypher).singleElement()
				.satisfies(
						s -> assertThat((String) s.get("statement")).contains("s.serverless =").contains("COLLECT {"));
		assertThat(StatementsRun.count(meters) - before).isEqualTo(1);
	}

	@Test
	void tenFacetsInOneQueryAreTooCostlyButOneBesideAPageIsAnswered() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 10; i++) {
			query.append(" f").append(i).append(": serviceFacets { total }");
		}
		long before = StatementsRun.count(meters);
		graphQl.document(query.append(" }").toString())
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(e.getMessage()).contains("cloudkg.graphql.max-complexity");
				}));
		assertThat(StatementsRun.count(meters)).isEqualTo(before);
		graphQl.document(
				"""
						{ serviceFacets { total category { value count } }
						  services(first: 100) { nodes { id pricing { id } relations { service { id relations { service { id } } } } } } }""")
				.execute()
				.errors()
				.verify()
				.path("serviceFacets.total")
				.entity(Integer.class)
				.satisfies(total -> assertThat(total).isPositive());
	}

	/**
	 * Every facet of the response equals what Cypher counts over the services {@code condition} selects (on
	 * {@code s}), and comes largest first; the total is the services' totalCount.
	 */
	private void assertCounts(GraphQlTester.Response response, String condition, Map<String, Object> parameters) {
		String services = "MATCH (s:Service) WHERE " + condition;
		int total = graph.read(services + " RETURN count(s) AS n", parameters).get(0).get("n").asInt();
		response.path("serviceFacets.total").entity(Integer.class).isEqualTo(total);
		response.path("services.totalCount").entity(Integer.class).isEqualTo(total);
		Map<String, String> values = Map.of("category", "s.category", "kind", "toUpper(coalesce(s.kind, 'service'))",
				"provider", "s.provider", "serverless", "s.serverless", "hasTimeLimit", "s.hasTimeLimit");
		for (String facet : SINGLE) {
			Map<Object, Integer> expected = counts(graph
					.read(services + " RETURN " + values.get(facet) + " AS value, count(*) AS count", parameters));
			assertThat(buckets(response, facet)).as(facet).isEqualTo(expected);
			assertThat(expected.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
		}
		Map<Object, Integer> pricing = counts(graph.read(services + """
				 MATCH (s)-[:PRICED_BY]->(p:PricingModel)
				RETURN p.id + ' ' + p.name AS value, count(DISTINCT s) AS count""", parameters));
		assertThat(byValue(response, "pricing", b -> b.get("value") + " " + b.get("name"))).isEqualTo(pricing);
		Map<Object, Integer> traits = counts(graph.read(services + """
				 MATCH (s)-[h:HAS_TRAIT]->(t:Trait)
				RETURN t.id + ' ' + t.name + ' ' + h.value AS value, count(DISTINCT s) AS count""", parameters));
		assertThat(byValue(response, "traits", b -> b.get("trait") + " " + b.get("name") + " " + b.get("value")))
				.isEqualTo(traits);
		for (String facet : List.of("category", "kind", "provider", "serverless", "hasTimeLimit", "pricing",
				"traits")) {
			assertThat(response.path("serviceFacets." + facet + "[*].count").entityList(Integer.class).get())
					.as(facet + " largest first")
					.isSortedAccordingTo(Comparator.reverseOrder());
		}
	}

	private static Map<Object, Integer> counts(List<Record> rows) {
		Map<Object, Integer> counts = new HashMap<>();
		rows.forEach(r -> counts.put(r.get("value").asObject(), r.get("count").asInt()));
		return counts;
	}

	private static Map<Object, Integer> buckets(GraphQlTester.Response response, String facet) {
		return byValue(response, facet, b -> b.get("value"));
	}

	@SuppressWarnings({"unchecked", "rawtypes"})
	private static Map<Object, Integer> byValue(GraphQlTester.Response response, String facet,
			java.util.function.Function<Map<String, Object>, Object> value) {
		List<Map> buckets = response.path("serviceFacets." + facet).entityList(Map.class).get();
		Map<Object, Integer> counts = new HashMap<>();
		for (Map bucket : buckets) {
			assertThat(counts.put(value.apply(bucket), ((Number) bucket.get("count")).intValue()))
					.as("one bucket per value of " + facet)
					.isNull();
		}
		return counts;
	}

	private GraphQlTester.Response facets(Map<String, Object> where) {
		GraphQlTester.Response response = graphQl.documentName("serviceFacets").variable("where", where).execute();
		response.errors().verify();
		return response;
	}

	/**
	 * Services {@code zzfacet-00} … with every combination the facets tell apart: a category in three of four (none
	 * in the fourth), serverless true, false or not recorded, a time limit, none or not recorded, zero to two pricing
	 * models, a trait had, lacked or not mentioned.
	 */
	static String generated() {
		List<String> categories = new ArrayList<>(List.of("compute", "containers", "storage"));
		List<List<String>> pricing = List.of(List.of("pay-per-request"), List.of("pay-per-request", "pay-per-duration"),
				List.of("fixed-monthly"), List.of());
		StringBuilder yaml = new StringBuilder("sources:\n  me: Facet test\nservices:\n");
		for (int i = 0; i < SERVICES; i++) {
			yaml.append("  - id: zzfacet-%02d\n    name: ZZ Facet %02d\n    source: me\n".formatted(i, i));
			yaml.append("    kind: ").append((i % 6 == 5) ? "technology" : "service").append('\n');
			if (i % 4 < 3) {
				yaml.append("    category: ").append(categories.get(i % 4)).append('\n');
			}
			if (i % 3 < 2) {
				yaml.append("    serverless: ").append(i % 3 == 0).append('\n');
			}
			if (i % 5 < 2) {
				yaml.append("    timeLimit: {value: ").append((i % 5 == 0) ? "15m" : "none").append("}\n");
			}
			List<String> models = pricing.get(i % 4);
			if (!models.isEmpty()) {
				yaml.append("    pricing: [")
						.append(String.join(", ", models.stream().map(m -> "{value: " + m + "}").toList()))
						.append("]\n");
			}
			if (i % 3 == 0) {
				yaml.append("    traits: {auto-scaling: true}\n");
			}
			else if (i % 3 == 1) {
				yaml.append("    traits: {auto-scaling: false, fully-managed: true}\n");
			}
		}
		return yaml.toString();
	}

}
