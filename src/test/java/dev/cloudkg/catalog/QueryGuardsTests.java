package dev.cloudkg.catalog;

import io.micrometer.core.instrument.MeterRegistry;
import dev.cloudkg.CloudKgTest;
import dev.cloudkg.GraphQlClient;
import dev.cloudkg.graph.StatementsRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Depth and cost limits refuse a query before it runs: one BAD_REQUEST error, no statement run. */
@CloudKgTest
class QueryGuardsTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.to(port);
	}

	@Test
	void aQueryDeeperThanMaxDepthIsRefusedBeforeReachingTheDatabase() {
		long before = StatementsRun.count(meters);
		graphQl.documentName("tooDeep").execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(e.getMessage()).isEqualTo(
							"the query nests 11 levels deep; at most 10 are allowed (cloudkg.graphql.max-depth)");
				})).path("services").pathDoesNotExist();
		assertThat(StatementsRun.count(meters)).isEqualTo(before);
	}

	@Test
	void aQueryCostlierThanMaxComplexityIsRefusedBeforeReachingTheDatabase() {
		long before = StatementsRun.count(meters);
		graphQl.documentName("tooCostly").execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(e.getMessage())
							.startsWith("the query's estimated cost is 168701; at most 50000 is allowed")
							.contains("cloudkg.graphql.max-complexity");
				})).path("services").pathDoesNotExist();
		assertThat(StatementsRun.count(meters)).isEqualTo(before);
	}

	@Test
	void theSamePageWithRelationsTwoLevelsDeepIsAnswered() {
		graphQl.documentName("deepPage").variable("first", 100).execute().errors().verify()
				.path("services.nodes").entityList(Object.class).hasSize(16);
	}

	@Test
	void introspectionDeeperThanMaxDepthIsAnswered() {
		// GraphiQL's schema query nests ofType deeper than 10 levels
		graphQl.document(
				"""
						{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }""")
				.execute()
				.errors()
				.verify()
				.path("__schema.types").entityList(Object.class).hasSizeGreaterThan(10);
	}

}
