package dev.cloudkg.explore;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.stream.Collectors;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.GraphQlClient;
import dev.cloudkg.graph.Graph;
import dev.cloudkg.graph.StatementsRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code paths(from, to, maxHops)} on the seed graph. */
@CloudKgTest
class PathsTests {

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
	void ecrReachesEc2ThroughEcsOnly() {
		assertThat(paths("ecr", "ec2", null)).containsExactly("ecr -STORES_IMAGES_FOR-> ecs, ecs -RUNS_ON-> ec2");
	}

	@Test
	void stepsKeepTheRealDirectionOfEachRelationship() {
		// Lightsail is an alternative to EC2, which Batch launches: the second step points back
		assertThat(paths("Amazon Lightsail", "AWS Batch", null))
				.contains("lightsail -ALTERNATIVE_TO-> ec2, batch -LAUNCHES-> ec2",
						"lightsail -ALTERNATIVE_TO-> ebs, batch -DEPENDS_ON-> ebs");
		assertThat(paths("ec2", "ecr", null)).containsExactly("ecs -RUNS_ON-> ec2, ecr -STORES_IMAGES_FOR-> ecs");
	}

	@Test
	void everyShortestPathIsListed() {
		// the curated facts say ECS and Fargate run Docker containers; the seed note says they launch them
		assertThat(paths("ecr", "docker", null)).containsExactlyInAnyOrder(
				"ecr -STORES_IMAGES_FOR-> ecs, ecs -RUNS-> docker",
				"ecr -STORES_IMAGES_FOR-> fargate, fargate -RUNS-> docker",
				"ecr -STORES_IMAGES_FOR-> ecs, ecs -LAUNCHES-> docker",
				"ecr -STORES_IMAGES_FOR-> fargate, fargate -LAUNCHES-> docker");
	}

	@Test
	void servicesFartherApartThanMaxHopsHaveNoPath() {
		assertThat(paths("ecr", "ec2", 1)).isEmpty();
		assertThat(paths("route-53", "alb", 2)).isEmpty();
		assertThat(paths("route-53", "alb", 3)).containsExactly(
				"lightsail -ALTERNATIVE_TO-> route-53, lightsail -ALTERNATIVE_TO-> elb, alb -PART_OF-> elb");
	}

	@Test
	void servicesWithNoConnectionHaveNoPath() {
		// CloudWatch only monitors Lambda, which only API Gateway integrates with
		assertThat(paths("cloudwatch", "ec2", 6)).isEmpty();
	}

	@Test
	void maxHopsOutsideOneToTheCapIsRefusedBeforeReachingTheDatabase() {
		for (int maxHops : new int[]{7, 0, -1}) {
			long before = StatementsRun.count(meters);
			graphQl.documentName("paths").variable("from", "ecr").variable("to", "ec2").variable("maxHops", maxHops)
					.execute()
					.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
						assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
						assertThat(e.getMessage()).contains("cloudkg.graphql.max-hops")
								.contains(String.valueOf(maxHops));
					}));
			assertThat(StatementsRun.count(meters)).isEqualTo(before);
		}
	}

	@Test
	void anUnknownEndIsNotFound() {
		graphQl.documentName("paths").variable("from", "ecr").variable("to", "Cloud Run").execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
					assertThat(e.getMessage()).contains("\"Cloud Run\"");
				}));
	}

	private List<String> paths(String from, String to, Integer maxHops) {
		GraphQlTester.Request<?> request = graphQl.documentName("paths").variable("from", from).variable("to", to);
		if (maxHops != null) {
			request = request.variable("maxHops", maxHops);
		}
		return request.execute().path("paths").entityList(PathView.class).get().stream().map(PathView::text).toList();
	}

	record PathView(List<StepView> steps) {

		String text() {
			return steps.stream().map(s -> s.from().id() + " -" + s.type() + "-> " + s.to().id())
					.collect(Collectors.joining(", "));
		}

	}

	record StepView(Id from, String type, Id to) {
	}

	record Id(String id) {
	}

}
