package dev.cloudkg.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.GraphQlClient;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service named by its id, or by a name whose slug is its id, is found with a seek of the unique id index; only
 * an alias or a full name goes to the text index. Checked on the plans Neo4j makes for the statements a request
 * ran (listed in {@code extensions.cypher}), and on the answers.
 */
@CloudKgTest
class ServiceLookupTests {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Test
	void idsAndNamesSeekTheIdIndex() {
		for (String key : List.of("ecr", "ECR", "Amazon ECR", "AWS Lambda", "api gateway")) {
			Map<String, Object> body = post("{ service(id: \"" + key + "\") { id } }");
			assertThat(statements(body)).as(key).singleElement()
					.satisfies(statement -> assertThat(operators(statement)).as(key)
							.anyMatch(o -> o.startsWith("NodeUniqueIndexSeek"))
							.noneMatch(o -> o.contains("Contains") || o.contains("Scan")));
		}
		assertThat(id(post("{ service(id: \"Amazon ECR\") { id } }"))).isEqualTo("ecr");
		assertThat(id(post("{ service(id: \"api gateway\") { id } }"))).isEqualTo("api-gateway");
	}

	@Test
	void anAliasFallsBackToTheTextIndex() {
		Map<String, Object> body = post("{ service(id: \"Elastic Container Registry\") { id } }");
		assertThat(id(body)).isEqualTo("ecr");
		List<Map<String, Object>> statements = statements(body);
		assertThat(statements).hasSize(2);
		assertThat(operators(statements.get(1))).anyMatch(o -> o.contains("Contains"));
	}

	@Test
	void aFilterOnARelatedServiceStartsFromItsIdIndex() {
		Map<String, Object> body = post(
				"{ services(where: {related: {type: ALTERNATIVE_TO, service: \"EC2\"}}) { nodes { id } } }");
		// the key is an id: the page is read from it at once, one statement
		assertThat(statements(body)).singleElement()
				.satisfies(statement -> assertThat(operators(statement))
						.anyMatch(o -> o.startsWith("NodeUniqueIndexSeek"))
						.noneMatch(o -> o.contains("Contains")));
		assertThat(body.toString()).contains("lightsail");
		Map<String, Object> unknown = post(
				"{ services(where: {related: {type: ALTERNATIVE_TO, service: \"no such thing\"}}) { nodes { id } } }");
		assertThat(unknown.toString()).contains("nodes=[]");
	}

	@Test
	void aFilterOnARelatedServiceNamedByAnAliasResolvesIt() {
		Map<String, Object> alias = post("{ services(where: {related: {type: STORES_IMAGES_FOR, direction: IN, "
				+ "service: \"Elastic Container Registry\"}}) { nodes { id } } }");
		assertThat(ids(alias)).containsExactly("ecs", "fargate");
		// the page read with the slug found nothing, so the key was resolved (an alias) and the page read again
		assertThat(statements(alias)).hasSize(4);
		Map<String, Object> byId = post(
				"{ services(where: {related: {type: STORES_IMAGES_FOR, direction: IN, service: \"ecr\"}}) { nodes { id } } }");
		assertThat(ids(byId)).containsExactly("ecs", "fargate");
		assertThat(statements(byId)).hasSize(1);
		// a service that exists but nothing is related to: no services, and no second read of the page
		Map<String, Object> none = post(
				"{ services(where: {related: {type: RUNS_ON, service: \"ecr\"}}) { nodes { id } } }");
		assertThat(ids(none)).isEmpty();
		assertThat(statements(none)).hasSize(2);
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Map<String, Object> body) {
		Map<String, Object> services = (Map<String, Object>) ((Map<String, Object>) body.get("data")).get("services");
		return ((List<Map<String, Object>>) services.get("nodes")).stream().map(n -> (String) n.get("id")).toList();
	}

	@SuppressWarnings("unchecked")
	private static String id(Map<String, Object> body) {
		return (String) ((Map<String, Object>) ((Map<String, Object>) body.get("data")).get("service")).get("id");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> statements(Map<String, Object> body) {
		assertThat(body).doesNotContainKey("errors");
		return (List<Map<String, Object>>) ((Map<String, Object>) body.get("extensions")).get("cypher");
	}

	@SuppressWarnings("unchecked")
	private List<String> operators(Map<String, Object> statement) {
		Plan plan = driver.executableQuery("EXPLAIN " + statement.get("statement"))
				.withParameters((Map<String, Object>) statement.get("parameters"))
				.execute()
				.summary()
				.plan();
		List<String> operators = new ArrayList<>();
		collect(plan, operators);
		return operators;
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType());
		plan.children().forEach(child -> collect(child, operators));
	}

	private Map<String, Object> post(String query) {
		return GraphQlClient.explained(port, query);
	}

}
