package dev.cloudkg.system;

import java.util.List;
import java.util.Map;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.GraphQlClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A request that asks for it sees the Cypher statements it ran in {@code extensions.cypher}. */
@CloudKgTest
class ExplainTests {

	private static final String PAGE_WITH_NESTED_LISTS = """
			{ services(where: {serverless: true}, first: 3) { nodes { id pricing { id } relations { service { id } } } } }""";

	@LocalServerPort
	int port;

	@Test
	void responsesCarryNoStatementsUnlessAsked() {
		Map<String, Object> body = post(false);
		assertThat(body).containsKey("data").doesNotContainKey("extensions");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theHeaderListsEveryStatementOfTheRequestIncludingBatchLoads() {
		Map<String, Object> body = post(true);
		assertThat(body).doesNotContainKey("errors");
		List<Map<String, Object>> cypher = (List<Map<String, Object>>) ((Map<String, Object>) body.get("extensions"))
				.get("cypher");
		// the page (a @QueryMapping), pricing (a @BatchMapping) and relations (a registered data loader)
		assertThat(cypher).extracting(s -> (String) s.get("statement"))
				.satisfiesExactlyInAnyOrder(page -> assertThat(page).contains("s.serverless =").contains("collect(s"),
						pricing -> assertThat(pricing).contains("PRICED_BY"),
						relations -> assertThat(relations).contains("-[r]->"));
		assertThat(cypher).allSatisfy(s -> {
			assertThat(s).containsOnlyKeys("statement", "parameters", "ms", "rows");
			assertThat(((Number) s.get("ms")).doubleValue()).isNotNegative();
			assertThat(((Number) s.get("rows")).intValue()).isPositive();
		});
		assertThat(cypher.get(0).get("parameters")).asString().contains("true");
	}

	private Map<String, Object> post(boolean explain) {
		return GraphQlClient.post(port, PAGE_WITH_NESTED_LISTS, explain);
	}

}
