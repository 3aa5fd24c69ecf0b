package dev.cloudkg.catalog;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.GraphQlClient;
import dev.cloudkg.facts.FactWriter;
import dev.cloudkg.facts.FactsFileReader;
import dev.cloudkg.graph.Graph;
import dev.cloudkg.graph.StatementsRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, item 2: a page of 50 services with relations two levels deep costs a fixed number of
 * statements, the same as a page of 5. The seed has 16 services; the test adds 40 more, each related to
 * seed services and to each other, and removes them afterwards (the application is shared).
 */
@CloudKgTest
class BatchedStatementsTests {

	private static final String DOCUMENT = "facts/zz-batched-statements";

	@LocalServerPort
	int port;

	@Autowired
	FactWriter writer;

	@Autowired
	FactsFileReader reader;

	@Autowired
	Graph graph;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void addFortyServices() {
		StringBuilder yaml = new StringBuilder("sources:\n  me: Test\nservices:\n");
		for (int i = 1; i <= 40; i++) {
			yaml.append("""
					  - id: extra-%1$02d
					    name: Extra %1$02d
					    source: me
					    serverless: %2$s
					    pricing: [pay-per-request]
					    traits: {auto-scaling: true}
					    relations:
					      RUNS_ON: [ec2]
					      INTEGRATES_WITH: [lambda, extra-%3$02d]
					      ALTERNATIVE_TO: [extra-%4$02d]
					""".formatted(i, i % 2 == 0, i % 40 + 1, (i + 1) % 40 + 1));
		}
		writer.write(reader.read(DOCUMENT + ".yaml", yaml.toString()));
	}

	@AfterEach
	void removeThem() {
		writer.write(reader.read(DOCUMENT + ".yaml", "services: []\n"));
		graph.write(tx -> tx.run("MATCH (d:Note {id: $id}) DETACH DELETE d", Map.of("id", DOCUMENT)));
	}

	@Test
	void aFiftyServicePageWithRelationsTwoLevelsDeepRunsAsFewStatementsAsAFiveServicePage() {
		long fifty = statementsForAPageOf(50);
		long five = statementsForAPageOf(5);
		// 1 page + pricing, traits, sources, relations, relation sources; then the related services'
		// pricing and relations, and their related services' traits: 9, whatever the page size
		assertThat(fifty).isEqualTo(five).isLessThanOrEqualTo(9);
	}

	private long statementsForAPageOf(int size) {
		long before = StatementsRun.count(meters);
		GraphQlClient.to(port)
				.documentName("deepPage")
				.variable("first", size)
				.execute()
				.path("services.nodes").entityList(Object.class).hasSize(size)
				.path("services.nodes[*].relations[*].service.relations[*].service.id").entityList(String.class)
				.satisfies(ids -> assertThat(ids).hasSizeGreaterThan(size));
		return StatementsRun.count(meters) - before;
	}

}
