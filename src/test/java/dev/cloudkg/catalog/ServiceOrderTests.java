package dev.cloudkg.catalog;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.GraphQlClient;
import dev.cloudkg.graph.StatementsRun;
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

/** {@code services(orderBy:)} on the sixteen services of the seed facts, with keyset paging in every order. */
@CloudKgTest
class ServiceOrderTests {

	private static final List<String> BY_ID = List.of("alb", "api-gateway", "batch", "cloudwatch", "docker", "ebs",
			"ec2",
			"ecr", "ecs", "elb", "fargate", "lambda", "lightsail", "rds", "route-53", "spot-instances");

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.to(port);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"NAME ASC; alb api-gateway batch cloudwatch docker ebs ec2 ecr ecs elb fargate lambda lightsail rds route-53 spot-instances",
			"NAME DESC; spot-instances route-53 rds lightsail lambda fargate elb ecs ecr ec2 ebs docker cloudwatch batch api-gateway alb",
			"ID ASC; alb api-gateway batch cloudwatch docker ebs ec2 ecr ecs elb fargate lambda lightsail rds route-53 spot-instances",
			"ID DESC; spot-instances route-53 rds lightsail lambda fargate elb ecs ecr ec2 ebs docker cloudwatch batch api-gateway alb",
			"TIME_LIMIT_SECONDS ASC; api-gateway lambda alb batch cloudwatch docker ebs ec2 ecr ecs elb fargate lightsail rds route-53 spot-instances",
			"TIME_LIMIT_SECONDS DESC; lambda api-gateway alb batch cloudwatch docker ebs ec2 ecr ecs elb fargate lightsail rds route-53 spot-instances",
			"CATEGORY ASC; batch ec2 lambda lightsail spot-instances docker ecr ecs fargate rds cloudwatch alb api-gateway elb route-53 ebs",
			"CATEGORY DESC; ebs alb api-gateway elb route-53 cloudwatch rds docker ecr ecs fargate batch ec2 lambda lightsail spot-instances",
			"CATEGORY DESC, NAME DESC; ebs route-53 elb api-gateway alb cloudwatch rds fargate ecs ecr docker spot-instances lightsail lambda ec2 batch"})
	void eachOrderSortsTiesByIdAndMissingValuesLast(String order, String expected) {
		assertThat(page(orderBy(order), 100, null).path("services.nodes[*].id").entityList(String.class).get())
				.containsExactly(expected.split(" "));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({"NAME DESC", "TIME_LIMIT_SECONDS DESC", "TIME_LIMIT_SECONDS ASC", "CATEGORY ASC", "CATEGORY DESC"})
	void pagingTwoAtATimeInAnyOrderHasNoGapsOrRepeats(String order) {
		List<Map<String, String>> orderBy = orderBy(order);
		List<String> all = page(orderBy, 100, null).path("services.nodes[*].id").entityList(String.class).get();
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response response = page(orderBy, 2, after);
			seen.addAll(response.path("services.nodes[*].id").entityList(String.class).get());
			response.path("services.totalCount").entity(Integer.class).isEqualTo(16);
			more = response.path("services.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("services.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).containsExactlyElementsOf(all).containsExactlyInAnyOrderElementsOf(BY_ID);
	}

	@Test
	void anOrderedPageIsOneStatement() {
		long before = StatementsRun.count(meters);
		page(orderBy("CATEGORY DESC, TIME_LIMIT_SECONDS ASC"), 3, null).path("services.nodes").hasValue();
		assertThat(StatementsRun.count(meters) - before).isEqualTo(1);
	}

	@Test
	void aCursorOfAnotherOrderIsRefusedBeforeReachingTheDatabase() {
		String byName = page(orderBy("NAME ASC"), 2, null).path("services.pageInfo.endCursor").entity(String.class)
				.get();
		long before = StatementsRun.count(meters);
		page(orderBy("CATEGORY ASC"), 2, byName).errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(e.getMessage()).contains("same orderBy");
				}));
		assertThat(StatementsRun.count(meters)).isEqualTo(before);
		// the default order is name ascending: its cursors and explicit NAME ASC ones are interchangeable
		page(null, 2, byName).path("services.nodes[*].id").entityList(String.class).containsExactly("batch",
				"cloudwatch");
	}

	@Test
	void aFieldNamedTwiceIsABadRequest() {
		page(orderBy("NAME ASC, NAME DESC"), 2, null).errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> {
					assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(e.getMessage()).contains("NAME twice");
				}));
	}

	private GraphQlTester.Response page(List<Map<String, String>> orderBy, int first, String after) {
		return graphQl.documentName("orderedIds").variable("orderBy", orderBy).variable("first", first)
				.variable("after", after).execute();
	}

	/** "CATEGORY DESC, NAME ASC" as the orderBy argument. */
	private static List<Map<String, String>> orderBy(String text) {
		return Arrays.stream(text.split(",\\s*")).map(key -> {
			String[] parts = key.strip().split(" ");
			return Map.of("field", parts[0], "direction", parts[1]);
		}).toList();
	}

}
