package dev.cloudkg.catalog;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.GraphQlClient;
import dev.cloudkg.graph.StatementsRun;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 4: {@code relations { service { relations { … } } } }, two levels, is read in one statement
 * (plus the one finding the service), whichever direction and types each level asks for; the answers are those
 * of the graph, as a hand-written query over the driver reads them.
 */
@CloudKgTest
class TwoLevelRelationsTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Driver driver;

	@Test
	void twoLevelsOutgoingCostTwoStatementsAndMatchTheGraph() {
		long before = StatementsRun.count(meters);
		List<String> pairs = GraphQlClient.to(port)
				.document(
						"{ service(id: \"ecr\") { relations { type service { id relations { type service { id } } } } } }")
				.execute()
				.path("service.relations")
				.entityList(Map.class)
				.get()
				.stream()
				.flatMap(r -> flatten("ecr", r).stream())
				.sorted()
				.toList();
		assertThat(StatementsRun.count(meters) - before).isEqualTo(2);
		assertThat(pairs).isNotEmpty().isEqualTo(expected("""
				MATCH (:Service {id: 'ecr'})-[r1]->(o1:Service)
				OPTIONAL MATCH (o1)-[r2]->(o2:Service)
				RETURN 'ecr ' + type(r1) + ' ' + o1.id AS first, CASE WHEN r2 IS NULL THEN null
				       ELSE o1.id + ' ' + type(r2) + ' ' + o2.id END AS second"""));
	}

	@Test
	void eachLevelKeepsItsOwnDirectionAndTypes() {
		long before = StatementsRun.count(meters);
		List<String> pairs = GraphQlClient.to(port)
				.document(
						"""
								{ service(id: "ec2") { relations(direction: IN) { type service { id
								    relations(types: [RUNS_ON, STORES_IMAGES_FOR], direction: BOTH) { type direction service { id } } } } } }""")
				.execute()
				.path("service.relations")
				.entityList(Map.class)
				.get()
				.stream()
				.flatMap(r -> flattenIncoming("ec2", r).stream())
				.sorted()
				.toList();
		assertThat(StatementsRun.count(meters) - before).isEqualTo(2);
		assertThat(pairs).isNotEmpty().isEqualTo(expected("""
				MATCH (o1:Service)-[r1]->(:Service {id: 'ec2'})
				OPTIONAL MATCH (o1)-[r2:RUNS_ON|STORES_IMAGES_FOR]-(o2:Service)
				RETURN o1.id + ' ' + type(r1) + ' ec2' AS first, CASE WHEN r2 IS NULL THEN null
				       ELSE o1.id + ' ' + type(r2) + ' ' + CASE WHEN startNode(r2) = o1 THEN 'OUT' ELSE 'IN' END + ' '
				       + o2.id END AS second"""));
	}

	@Test
	void aThirdLevelIsStillAnsweredInFull() {
		List<Object> third = GraphQlClient.to(port)
				.document(
						"{ service(id: \"ecr\") { relations(types: [STORES_IMAGES_FOR]) { service { id relations { service { id "
								+ "relations { service { id } } } } } } } }")
				.execute()
				.path("service.relations[*].service.relations[*].service.relations[*].service.id")
				.entityList(Object.class)
				.get();
		Long expected = driver.executableQuery(
				"""
						MATCH (:Service {id: 'ecr'})-[:STORES_IMAGES_FOR]->(:Service)-->(:Service)-->(o3:Service) RETURN count(o3) AS n""")
				.execute().records().get(0).get("n").asLong();
		assertThat((long) third.size()).isEqualTo(expected).isPositive();
	}

	/** "subject TYPE object" for each first-level relation, and for each of the second level beneath it. */
	private static List<String> flatten(String from, Map<String, Object> relation) {
		return flatten(relation, other -> from + " " + relation.get("type") + " " + other, false);
	}

	/** The same for relations read towards {@code to}, the second level naming its direction. */
	private static List<String> flattenIncoming(String to, Map<String, Object> relation) {
		return flatten(relation, other -> other + " " + relation.get("type") + " " + to, true);
	}

	@SuppressWarnings("unchecked")
	private static List<String> flatten(Map<String, Object> relation, java.util.function.Function<Object, String> first,
			boolean withDirection) {
		Map<String, Object> service = (Map<String, Object>) relation.get("service");
		String head = first.apply(service.get("id"));
		List<String> rows = new ArrayList<>();
		List<Map<String, Object>> next = (List<Map<String, Object>>) service.get("relations");
		if (next.isEmpty()) {
			rows.add(head + " | -");
		}
		next.forEach(n -> rows.add(head + " | " + service.get("id") + " " + n.get("type") + " "
				+ (withDirection ? n.get("direction") + " " : "")
				+ ((Map<String, Object>) n.get("service")).get("id")));
		return rows;
	}

	private List<String> expected(String cypher) {
		TreeSet<String> rows = new TreeSet<>();
		driver.executableQuery(cypher).execute().records().forEach(r -> rows.add(r.get("first").asString() + " | "
				+ (r.get("second").isNull() ? "-" : r.get("second").asString())));
		return new ArrayList<>(rows);
	}

}
