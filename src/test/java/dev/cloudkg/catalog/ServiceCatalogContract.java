package dev.cloudkg.catalog;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;

import dev.cloudkg.GraphQlClient;
import dev.cloudkg.graph.StatementsRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL catalog against the seed graph, over real HTTP. Run against the embedded Neo4j
 * ({@link ServiceCatalogTests}) and, where Docker runs, against a Neo4j server container
 * ({@link ServiceCatalogIT}).
 */
abstract class ServiceCatalogContract {

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
	void serverlessOptionsWithoutTimeLimitAreFargateOnly() {
		List<String> ids = graphQl.documentName("serverlessWithoutTimeLimit")
				.execute()
				.path("services.nodes[*].id")
				.entityList(String.class)
				.get();
		assertThat(ids).contains("fargate").doesNotContain("lambda", "ecs", "ec2", "batch", "lightsail", "api-gateway");
		graphQl.documentName("serverlessWithoutTimeLimit")
				.execute()
				.path("services.nodes[*].serverless")
				.entityList(Boolean.class)
				.satisfies(values -> assertThat(values).containsOnly(true));
	}

	@ParameterizedTest
	@CsvSource({"AWS Lambda, lambda", "lambda, lambda", "LAMBDA, lambda", "Amazon Elastic Container Service, ecs",
			"elastic container registry, ecr", "Route53, route-53", "amazon ec2, ec2",
			"Application Load Balancer, alb"})
	void serviceIsFoundByIdOrAliasIgnoringCase(String key, String id) {
		graphQl.documentName("serviceByKey").variable("id", key).execute().path("service.id").entity(String.class)
				.isEqualTo(id);
	}

	@Test
	void servicesOfOneProviderAndEverySeedServiceHasAProvider() {
		graphQl.documentName("serviceProviders").variable("where", Map.of("provider", "aws")).execute()
				.path("services.nodes[*].id").entityList(String.class)
				.contains("lambda", "ecs", "fargate", "ec2", "batch")
				.doesNotContain("docker")
				.path("services.nodes[*].provider").entityList(String.class)
				.satisfies(providers -> assertThat(providers).containsOnly("aws"));
		graphQl.documentName("serviceProviders").variable("where", Map.of("provider", "AWS", "serverless", true))
				.execute()
				.path("services.nodes[*].id").entityList(String.class).contains("lambda", "fargate");
		graphQl.documentName("serviceProviders").variable("where", Map.of("provider", "other")).execute()
				.path("services.nodes[*].id").entityList(String.class).contains("docker");
		graphQl.documentName("serviceProviders").variable("where", Map.of("provider", "azure")).execute()
				.path("services.totalCount").entity(Integer.class).isEqualTo(0);
		graphQl.documentName("serviceProviders").variable("where", Map.of()).execute()
				.path("services.nodes[*].provider").entityList(String.class)
				.satisfies(providers -> assertThat(providers).isNotEmpty()
						.allMatch(p -> List.of("aws", "gcp", "azure", "other").contains(p)));
	}

	@Test
	void anUnknownServiceIsNull() {
		graphQl.documentName("serviceByKey").variable("id", "Azure Functions").execute().path("service").valueIsNull();
	}

	@Test
	void lambdaHasItsRecordedFacts() {
		graphQl.documentName("serviceByKey").variable("id", "lambda").execute()
				.path("service.serverless").entity(Boolean.class).isEqualTo(true)
				.path("service.hasTimeLimit").entity(Boolean.class).isEqualTo(true)
				.path("service.timeLimitSeconds").entity(Integer.class).isEqualTo(900)
				.path("service.timeLimit").entity(String.class).isEqualTo("15 minutes")
				.path("service.kind").entity(String.class).isEqualTo("SERVICE");
		graphQl.documentName("serviceByKey").variable("id", "docker").execute()
				.path("service.kind").entity(String.class).isEqualTo("TECHNOLOGY")
				.path("service.serverless").valueIsNull()
				.path("service.hasTimeLimit").valueIsNull();
		graphQl.documentName("serviceByKey").variable("id", "batch").execute()
				.path("service.hasTimeLimit").entity(Boolean.class).isEqualTo(false)
				.path("service.timeLimitSeconds").valueIsNull();
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@CsvSource({"ecr, STORES_IMAGES_FOR, ecs", "ecr, STORES_IMAGES_FOR, fargate", "ecs, RUNS_ON, ec2",
			"ecs, INTEGRATES_WITH, alb", "batch, RUNS_ON, ecs", "batch, LAUNCHES, ec2",
			"batch, LAUNCHES, spot-instances",
			"lightsail, ALTERNATIVE_TO, ec2", "lightsail, ALTERNATIVE_TO, rds", "lightsail, ALTERNATIVE_TO, elb",
			"lightsail, ALTERNATIVE_TO, ebs", "lightsail, ALTERNATIVE_TO, route-53", "lambda, MONITORED_BY, cloudwatch",
			"ecs, RUNS, docker", "fargate, RUNS, docker", "batch, RUNS, docker",
			"api-gateway, INTEGRATES_WITH, lambda"})
	void eachSeedRelationshipExistsWithASource(String from, String type, String to) {
		List<Map<String, Object>> relations = graphQl.documentName("relationsOf")
				.variable("id", from)
				.variable("types", List.of(type))
				.execute()
				.path("service.relations")
				.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get();
		Map<String, Object> relation = relations.stream()
				.filter(r -> to.equals(((Map<?, ?>) r.get("service")).get("id")))
				.findFirst()
				.orElseThrow(() -> new AssertionError(from + " has no " + type + " to " + to + ": " + relations));
		assertThat(relation.get("direction")).isEqualTo("OUT");
		List<?> sources = (List<?>) relation.get("sources");
		assertThat(sources).isNotEmpty();
		Map<?, ?> source = (Map<?, ?>) sources.get(0);
		assertThat(((Map<?, ?>) source.get("note")).get("id")).isEqualTo("facts/aws-compute");
		assertThat((Integer) source.get("line")).isPositive();
		assertThat((String) source.get("text")).contains("https://");
	}

	@Test
	void incomingRelationsOfEc2NameWhoRunsOnItLaunchesItOrReplacesIt() {
		assertThat(relations("ec2", "IN"))
				.contains("ALTERNATIVE_TO IN lightsail", "RUNS_ON IN ecs", "LAUNCHES IN batch")
				.noneMatch(r -> r.contains(" OUT "));
	}

	@Test
	void relationsInBothDirectionsShowWhichWayEachPoints() {
		assertThat(relations("ecs", "BOTH")).contains("RUNS_ON OUT ec2", "RUNS_ON IN batch", "STORES_IMAGES_FOR IN ecr",
				"RUNS OUT docker");
	}

	@Test
	void pricingTraitsAndSourcesOfAService() {
		graphQl.documentName("serviceDetails").variable("id", "lightsail").execute()
				.path("service.pricing[*].id").entityList(String.class).containsExactly("fixed-monthly")
				.path("service.traits[?(@.trait.id == 'auto-scaling')].value").entityList(Boolean.class)
				.containsExactly(false)
				.path("service.traits[?(@.trait.id == 'high-availability')].value").entityList(Boolean.class)
				.containsExactly(true)
				.path("service.traits[?(@.trait.id == 'auto-scaling')].sources[*].text").entityList(String.class)
				.satisfies(texts -> assertThat(texts).hasSize(2)
						.anyMatch(text -> text.contains("Lightsail FAQs"))
						.anyMatch(text -> text.contains("no auto-scalling")))
				.path("service.mentionedIn[*].id").entityList(String.class).contains("facts/aws-compute")
				.path("service.sources[*].fact").entityList(String.class).contains("exists", "serverless", "timeLimit",
						"pricing", "trait", "relation");
	}

	@Test
	void filtersCombineWithAndOrNot() {
		assertThat(ids(Map.of("OR", List.of(Map.of("kind", "TECHNOLOGY"), Map.of("id", "ECR"))))).containsExactly(
				"docker",
				"ecr");
		assertThat(ids(Map.of("serverless", true, "NOT", Map.of("hasTimeLimit", true)))).containsExactly("fargate");
		assertThat(ids(Map.of("AND", List.of(Map.of("category", "Compute"), Map.of("OR",
				List.of(Map.of("pricing", "fixed-monthly"), Map.of("NOT", Map.of("serverless", false))))))))
				.containsExactly("lambda", "lightsail");
		assertThat(ids(Map.of("related", Map.of("type", "ALTERNATIVE_TO", "service", "Amazon EC2"))))
				.containsExactly("lightsail");
		assertThat(ids(Map.of("related", Map.of("type", "RUNS_ON", "service", "ecs")))).containsExactly("batch");
		assertThat(ids(Map.of("related", Map.of("type", "STORES_IMAGES_FOR", "direction", "IN")))).containsExactly(
				"ecs",
				"fargate");
		assertThat(ids(Map.of("timeLimitSeconds_lte", 60))).containsExactly("api-gateway");
		assertThat(ids(Map.of("timeLimitSeconds_gte", 60))).containsExactly("lambda");
		assertThat(ids(Map.of("trait", "interruptible"))).containsExactly("spot-instances");
		assertThat(ids(Map.of("name_contains", "INST"))).containsExactly("spot-instances");
		assertThat(ids(Map.of("id_in", List.of("EC2", "rds", "nope")))).containsExactly("ec2", "rds");
		assertThat(ids(Map.of("kind", "COMPONENT"))).containsExactly("alb", "spot-instances");
		assertThat(ids(Map.of("mentionedIn", "facts/aws-compute"))).hasSize(16);
		assertThat(ids(Map.of("mentionedIn", "no-such-note"))).isEmpty();
	}

	@Test
	void aRelationToANamedServiceCombinesWithOtherFiltersAndPages() {
		Map<String, Object> runsDocker = Map.of("type", "RUNS", "service", "Docker");
		assertThat(ids(Map.of("related", runsDocker))).containsExactly("batch", "ecs", "fargate");
		assertThat(ids(Map.of("related", runsDocker, "serverless", true))).containsExactly("fargate");
		assertThat(ids(Map.of("related", runsDocker, "NOT", Map.of("id", "ecs"), "OR",
				List.of(Map.of("category", "compute"), Map.of("serverless", true)))))
				.containsExactly("batch", "fargate");
		assertThat(ids(Map.of("related", Map.of("type", "STORES_IMAGES_FOR", "direction", "IN", "service", "ecr"))))
				.containsExactly("ecs", "fargate");
		assertThat(ids(Map.of("related", Map.of("type", "RUNS_ON", "direction", "BOTH", "service", "ecs"))))
				.containsExactly("batch", "ec2", "fargate");
		List<String> paged = new java.util.ArrayList<>();
		String after = null;
		for (int i = 0; i < 3; i++) {
			var response = graphQl.documentName("serviceIds").variable("where", Map.of("related", runsDocker))
					.variable("first", 1).variable("after", after).execute();
			paged.addAll(response.path("services.nodes[*].id").entityList(String.class).get());
			response.path("services.totalCount").entity(Integer.class).isEqualTo(3);
			after = response.path("services.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(paged).containsExactly("batch", "ecs", "fargate");
	}

	@Test
	void pagesFollowEachOtherWithoutGapsOrRepeats() {
		List<String> all = ids(null);
		List<String> paged = new java.util.ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var response = graphQl.documentName("serviceIds").variable("first", 3).variable("after", after).execute();
			paged.addAll(response.path("services.nodes[*].id").entityList(String.class).get());
			more = response.path("services.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("services.pageInfo.endCursor").entity(String.class).get();
			response.path("services.totalCount").entity(Integer.class).isEqualTo(all.size());
		}
		assertThat(paged).containsExactlyElementsOf(all).doesNotHaveDuplicates().hasSize(16);
	}

	@Test
	void aBadCursorOrPageSizeIsABadRequest() {
		graphQl.documentName("serviceIds").variable("first", 101).execute().errors().satisfy(errors -> {
			assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(e.getMessage()).contains("cloudkg.graphql.max-page-size");
			});
		});
		graphQl.documentName("serviceIds").variable("after", "not-a-cursor").execute().errors().satisfy(errors -> {
			assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(e.getMessage()).contains("not a cursor");
			});
		});
	}

	@Test
	void anUnknownRelationTypeIsRejectedBeforeReachingTheDatabase() {
		graphQl.document("{ services(where: {related: {type: FLIES_TO}}) { totalCount } }").execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertThat(e.getErrorType()).isEqualTo(graphql.ErrorType.ValidationError);
					assertThat(e.getMessage()).contains("FLIES_TO");
				}));
	}

	@Test
	void nestedListsAreLoadedInBatchesNotPerService() {
		long before = StatementsRun.count(meters);
		graphQl.documentName("deepPage").variable("first", 50).execute().path("services.nodes").entityList(Object.class)
				.hasSize(16);
		long statements = StatementsRun.count(meters) - before;
		// 1 page + per level: pricing, traits, sources, relations, relation sources; then nested pricing,
		// relations and traits. The count is independent of the number of services on the page.
		assertThat(statements).isLessThanOrEqualTo(10);
	}

	@Test
	void traitsAndPricingModelsAreListed() {
		graphQl.document("{ traits { id name } pricingModels { id name } }").execute()
				.path("traits[*].id").entityList(String.class).contains("auto-scaling", "high-availability")
				.path("pricingModels[*].id").entityList(String.class).contains("pay-per-request", "fixed-monthly");
	}

	/** "TYPE DIRECTION other-id" for each relation of a service. */
	private List<String> relations(String id, String direction) {
		return graphQl.documentName("relationsOf")
				.variable("id", id)
				.variable("direction", direction)
				.execute()
				.path("service.relations[*]")
				.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get()
				.stream()
				.map(r -> r.get("type") + " " + r.get("direction") + " " + ((Map<?, ?>) r.get("service")).get("id"))
				.toList();
	}

	private List<String> ids(Map<String, Object> where) {
		return graphQl.documentName("serviceIds")
				.variable("where", where)
				.variable("first", 100)
				.execute()
				.path("services.nodes[*].id")
				.entityList(String.class)
				.get();
	}

}
