package dev.cloudkg.explore;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import java.util.List;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.GraphQlClient;
import dev.cloudkg.graph.Graph;
import dev.cloudkg.graph.StatementsRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code compare(ids)} on the seed graph. */
@CloudKgTest
class CompareTests {

	@LocalServerPort
	int port;

	@Autowired
	Graph graph;

	@Autowired
	MeterRegistry meters;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.to(port);
	}

	@Test
	void batchVersusLambdaIsTheNotesTableRebuiltFromTheGraph() {
		assertThat(rows("AWS Batch", "lambda")).containsExactly(
				row("serverless", "false", "true"),
				row("time limit", "no time limit (unless you set a job timeout)", "15 minutes"),
				row("pricing", "No charge of its own (you pay for the resources it uses)",
						"Pay per duration of use, Pay per request"),
				row("Auto-scaling", "true", "true"),
				row("Fully managed", "true", "true"),
				row("runs on", "ECS", null),
				row("integrates with (incoming)", null, "API Gateway"),
				row("monitored by", null, "CloudWatch"),
				row("runs", "Docker", null),
				row("launches", "EC2, Spot Instances", null),
				row("depends on", "EBS, EC2", null),
				row("related to", "Docker, EC2", null));
	}

	@Test
	void columnsFollowTheOrderAskedForAndMissingFactsAreNull() {
		graphQl.documentName("compare").variable("ids", List.of("LIGHTSAIL", "Amazon EC2", "docker")).execute()
				.path("compare.services[*].id").entityList(String.class).containsExactly("lightsail", "ec2", "docker");
		assertThat(rows("LIGHTSAIL", "Amazon EC2", "docker")).contains(
				row("serverless", "false", "false", null),
				row("High availability", "true", null, null),
				row("Auto-scaling", "false", null, null),
				row("alternative to", "EBS, EC2, ELB, RDS, Route 53", null, null),
				row("alternative to (incoming)", null, "Lightsail", null),
				row("runs (incoming)", null, null, "Batch, ECS, Fargate"));
	}

	@Test
	void comparingReadsTheGraphInTwoStatementsWhateverTheNumberOfServices() {
		long before = StatementsRun.count(meters);
		graphQl.documentName("compare").variable("ids", List.of("batch", "lambda", "ecs", "ec2", "fargate", "ecr"))
				.execute()
				.path("compare.rows").hasValue();
		assertThat(StatementsRun.count(meters) - before).isEqualTo(2);
	}

	@Test
	void anUnknownServiceIsNotFoundAndNamed() {
		graphQl.documentName("compare").variable("ids", List.of("batch", "Azure Functions")).execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
					assertThat(e.getMessage()).contains("\"Azure Functions\"");
				}));
	}

	@Test
	void fewerThanTwoDifferentServicesIsABadRequest() {
		for (List<String> ids : List.of(List.of("lambda"), List.<String>of(), List.of("lambda", "AWS Lambda"))) {
			graphQl.documentName("compare").variable("ids", ids).execute().errors()
					.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
						assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
						assertThat(e.getMessage()).contains("at least two");
					}));
		}
	}

	private List<Row> rows(String... ids) {
		return graphQl.documentName("compare").variable("ids", List.of(ids)).execute().path("compare.rows")
				.entityList(Row.class).get();
	}

	private static Row row(String dimension, String... values) {
		return new Row(dimension, Arrays.asList(values));
	}

	record Row(String dimension, List<String> values) {
	}

}
