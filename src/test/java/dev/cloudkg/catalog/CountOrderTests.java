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
import dev.cloudkg.graph.StatementsRun;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code services(orderBy: {field: RELATION_COUNT, type: …})} and {@code SOURCE_COUNT}: the order Cypher's counts
 * give, ties by id, and keyset cursors that page through it without gaps or repeats.
 */
@CloudKgTest
class CountOrderTests {

	private static final String GENERATED = "facts/zz-count-order";

	private static final int SERVICES = 20;

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

	@ParameterizedTest(name = "{0} {1} {2}")
	@CsvSource({"RUNS_ON, OUT, DESC", "RUNS_ON, IN, DESC", "ALTERNATIVE_TO, BOTH, ASC", "RUNS, OUT, ASC"})
	void relationCountOrdersLikeCypherCountsAndPagesTheSame(String type, String direction, String sort) {
		Map<String, Object> order = Map.of("field", "RELATION_COUNT", "type", type, "relationDirection", direction,
				"direction", sort);
		String pattern = switch (direction) {
			case "OUT" -> "(s)-[r:%s]->()";
			case "IN" -> "(s)<-[r:%s]-()";
			default -> "(s)-[r:%s]-()";
		};
		// the type is one of the test's own constants
		List<String> expected = expectedOrder("""
				MATCH (s:Service) WHERE NOT s:Concept
				OPTIONAL MATCH %s
				RETURN s.id AS id, count(r) AS n""".formatted(pattern.formatted(type)), Map.of(), sort);
		assertOrderAndPaging(null, List.of(order), expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({"DESC", "ASC"})
	void sourceCountOrdersByDocumentsStatingSomethingAndPagesTheSame(String sort) {
		List<String> expected = expectedOrder("""
				MATCH (s:Service) WHERE NOT s:Concept
				OPTIONAL MATCH (d:Note)-[:MENTIONS]->(s)
				RETURN s.id AS id, count(DISTINCT d) AS n""", Map.of(), sort);
		assertOrderAndPaging(null, List.of(Map.of("field", "SOURCE_COUNT", "direction", sort)), expected);
		// the seed's facts file and note both state Lambda's facts
		assertThat(graph.read("""
				MATCH (d:Note)-[:STATES]->(:Service {id: 'lambda'}) RETURN count(DISTINCT d) AS n""", Map.of())
				.get(0)
				.get("n")
				.asInt()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void countsOfAGeneratedGraphOrderItsServicesAndPageTheSame() {
		writer.write(reader.read(GENERATED + ".yaml", generated()));
		Map<String, Object> mine = Map.of("mentionedIn", GENERATED);
		List<String> out = expectedOrder("""
				MATCH (:Note {id: $note})-[:MENTIONS]->(s:Service)
				OPTIONAL MATCH (s)-[r:RUNS_ON]->()
				RETURN s.id AS id, count(r) AS n""", Map.of("note", GENERATED), "DESC");
		assertThat(out).hasSize(SERVICES).startsWith("zzcount-03", "zzcount-07");
		assertOrderAndPaging(mine, List.of(Map.of("field", "RELATION_COUNT", "type", "RUNS_ON", "direction", "DESC")),
				out);
		List<String> in = expectedOrder("""
				MATCH (:Note {id: $note})-[:MENTIONS]->(s:Service)
				OPTIONAL MATCH (s)<-[r:RUNS_ON]-()
				RETURN s.id AS id, count(r) AS n""", Map.of("note", GENERATED), "DESC");
		assertOrderAndPaging(mine, List.of(Map.of("field", "RELATION_COUNT", "type", "RUNS_ON", "relationDirection",
				"IN", "direction", "DESC")), in);
		// two count keys: RUNS_ON out descending, then RUNS_ON in ascending, then id
		Map<String, Integer> outs = counts("(s)-[r:RUNS_ON]->()");
		Map<String, Integer> ins = counts("(s)<-[r:RUNS_ON]-()");
		List<String> both = new ArrayList<>(outs.keySet());
		both.sort(Comparator.<String>comparingInt(outs::get)
				.reversed()
				.thenComparingInt(ins::get)
				.thenComparing(Comparator.naturalOrder()));
		assertOrderAndPaging(mine,
				List.of(Map.of("field", "RELATION_COUNT", "type", "RUNS_ON", "direction", "DESC"),
						Map.of("field", "RELATION_COUNT", "type", "RUNS_ON", "relationDirection", "IN")),
				both);
	}

	@Test
	void aCountOrderedPageIsOneStatement() {
		long before = StatementsRun.count(meters);
		page(null, List.of(Map.of("field", "RELATION_COUNT", "type", "RUNS_ON", "direction", "DESC"),
				Map.of("field", "SOURCE_COUNT")), 3, null)
				.path("services.nodes")
				.hasValue();
		assertThat(StatementsRun.count(meters) - before).isEqualTo(1);
	}

	@Test
	void aCursorOfAnotherOrderIsABadRequest() {
		List<Map<String, Object>> runsOn = List
				.of(Map.of("field", "RELATION_COUNT", "type", "RUNS_ON", "direction", "DESC"));
		String cursor = page(null, runsOn, 2, null).path("services.pageInfo.endCursor").entity(String.class).get();
		for (List<Map<String, Object>> other : List.of(List.of(Map.<String, Object>of("field", "SOURCE_COUNT")),
				List.of(Map.<String, Object>of("field", "RELATION_COUNT", "type", "RUNS", "direction", "DESC")),
				List.of(Map.<String, Object>of("field", "RELATION_COUNT", "type", "RUNS_ON", "relationDirection",
						"IN", "direction", "DESC")),
				List.of(Map.<String, Object>of("field", "NAME")))) {
			long before = StatementsRun.count(meters);
			page(null, other, 2, cursor).errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(e.getMessage()).contains("same orderBy");
			}));
			assertThat(StatementsRun.count(meters)).as(other.toString()).isEqualTo(before);
		}
	}

	@Test
	void aRelationCountWithoutATypeOrATypeWithAnotherFieldIsABadRequest() {
		page(null, List.of(Map.of("field", "RELATION_COUNT")), 2, null).errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(e.getMessage()).contains("RELATION_COUNT needs the relationship type");
				}));
		page(null, List.of(Map.of("field", "NAME", "type", "RUNS_ON")), 2, null).errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(e.getMessage()).contains("NAME takes no type");
				}));
		page(null, List.of(Map.of("field", "RELATION_COUNT", "type", "RUNS_ON"),
				Map.of("field", "RELATION_COUNT", "type", "RUNS_ON", "direction", "DESC")), 2, null)
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
						.satisfies(e -> assertThat(e.getMessage()).contains("RELATION_COUNT.RUNS_ON.OUT twice")));
	}

	/** One page of everything is in {@code expected} order, and so are pages of 3 followed by their cursors. */
	private void assertOrderAndPaging(Map<String, Object> where, List<Map<String, Object>> orderBy,
			List<String> expected) {
		assertThat(page(where, orderBy, 100, null).path("services.nodes[*].id").entityList(String.class).get())
				.containsExactlyElementsOf(expected);
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response response = page(where, orderBy, 3, after);
			seen.addAll(response.path("services.nodes[*].id").entityList(String.class).get());
			more = response.path("services.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("services.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).containsExactlyElementsOf(expected);
	}

	/** The ids of {@code cypher}'s rows ({@code id}, {@code n}) sorted by n in {@code sort}, ties by id. */
	private List<String> expectedOrder(String cypher, Map<String, Object> parameters, String sort) {
		Map<String, Integer> counts = new HashMap<>();
		graph.read(cypher, parameters).forEach(r -> counts.put(r.get("id").asString(), r.get("n").asInt()));
		assertThat(counts).hasSizeLessThanOrEqualTo(100);
		Comparator<String> byCount = Comparator.comparingInt(counts::get);
		List<String> ids = new ArrayList<>(counts.keySet());
		ids.sort((sort.equals("DESC") ? byCount.reversed() : byCount).thenComparing(Comparator.naturalOrder()));
		return ids;
	}

	private Map<String, Integer> counts(String pattern) {
		Map<String, Integer> counts = new HashMap<>();
		graph.read("""
				MATCH (:Note {id: $note})-[:MENTIONS]->(s:Service)
				OPTIONAL MATCH %s
				RETURN s.id AS id, count(r) AS n""".formatted(pattern), Map.of("note", GENERATED))
				.forEach(r -> counts.put(r.get("id").asString(), r.get("n").asInt()));
		return counts;
	}

	private GraphQlTester.Response page(Map<String, Object> where, List<Map<String, Object>> orderBy, int first,
			String after) {
		return graphQl.documentName("countOrderedIds")
				.variable("where", where)
				.variable("orderBy", orderBy)
				.variable("first", first)
				.variable("after", after)
				.execute();
	}

	/**
	 * Services {@code zzcount-00} … where service i runs on the next {@code i % 4} services (so 0 to 3 RUNS_ON
	 * relationships out, and between 0 and 3 in).
	 */
	private static String generated() {
		StringBuilder yaml = new StringBuilder("sources:\n  me: Count order test\nservices:\n");
		for (int i = 0; i < SERVICES; i++) {
			yaml.append(
					"  - id: zzcount-%02d\n    name: ZZ Count %02d\n    source: me\n    kind: service\n".formatted(i,
							i));
			if (i % 4 > 0) {
				List<String> targets = new ArrayList<>();
				for (int k = 1; k <= i % 4; k++) {
					targets.add("zzcount-%02d".formatted((i + k) % SERVICES));
				}
				yaml.append("    relations:\n      RUNS_ON: [").append(String.join(", ", targets)).append("]\n");
			}
		}
		return yaml.toString();
	}

}
