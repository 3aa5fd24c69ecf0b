package dev.cloudkg.notes;

import java.util.List;

import dev.cloudkg.GraphQlClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed note alone (no curated facts) gives the graph the note states, every fact with its line. */
@NotesOnlyTest
class SeedNoteTests {

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		NotesOnlyTest.Folders.register(registry);
	}

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.to(port);
	}

	@Test
	void eachServiceOfTheNoteExistsOnceAndNoHeadingThatIsNotAServiceDoes() {
		List<String> names = graphQl.documentName("allServiceIds").execute().path("services.nodes[*].name")
				.entityList(String.class).get();
		assertThat(names).contains("Docker", "ECS", "Fargate", "ECR", "API Gateway", "Lambda", "Batch", "Lightsail")
				.doesNotHaveDuplicates()
				.noneMatch(name -> name.contains("Summary") || name.contains("vs") || name.contains("Lamnda"));
		List<String> ids = graphQl.documentName("allServiceIds").execute().path("services.nodes[*].id")
				.entityList(String.class).get();
		assertThat(ids).contains("docker", "ecs", "fargate", "ecr", "api-gateway", "lambda", "batch", "lightsail")
				.doesNotContain("summary", "batch-vs-lamnda", "aws-batch", "aws-compute");
	}

	@Test
	void serverlessAndTimeLimitsComeFromTheNoteWithTheirLines() {
		GraphQlTester.Response fargate = facts("fargate");
		fargate.path("service.serverless").entity(Boolean.class).isEqualTo(true);
		fargate.path("service.sources[?(@.fact == 'serverless')].line").entityList(Integer.class).containsExactly(7);
		GraphQlTester.Response lambda = facts("lambda");
		lambda.path("service.serverless").entity(Boolean.class).isEqualTo(true);
		lambda.path("service.timeLimitSeconds").entity(Integer.class).isEqualTo(900);
		lambda.path("service.sources[?(@.fact == 'timeLimit')].line").entityList(Integer.class).containsExactly(33);
		lambda.path("service.sources[?(@.fact == 'timeLimit')].text").entityList(String.class)
				.satisfies(texts -> assertThat(texts).singleElement().asString()
						.contains("limited by time (up to 15 minutes)"));
		GraphQlTester.Response batch = facts("batch");
		batch.path("service.hasTimeLimit").entity(Boolean.class).isEqualTo(false);
		batch.path("service.sources[?(@.fact == 'timeLimit')].line").entityList(Integer.class).containsExactly(46);
	}

	@ParameterizedTest(name = "{0} {1} {2} (line {3})")
	@CsvSource({"ecr, STORES_IMAGES_FOR, ecs, 24", "ecr, STORES_IMAGES_FOR, fargate, 24", "batch, RUNS_ON, ecs, 40",
			"lightsail, ALTERNATIVE_TO, ec2, 53", "lightsail, ALTERNATIVE_TO, rds, 53",
			"lightsail, ALTERNATIVE_TO, elb, 53",
			"lightsail, ALTERNATIVE_TO, ebs, 53", "lightsail, ALTERNATIVE_TO, route-53, 53",
			"ecs, INTEGRATES_WITH, alb, 16",
			"lambda, MONITORED_BY, cloudwatch, 33"})
	void relationshipsOfTheNoteCarryTheirSourceLine(String from, String type, String to, int line) {
		GraphQlTester.Response response = facts(from);
		String relation = "service.relations[?(@.type == '" + type + "' && @.service.id == '" + to + "')]";
		response.path(relation + ".sources[*].note.id").entityList(String.class).containsExactly("aws-compute");
		response.path(relation + ".sources[*].line").entityList(Integer.class).containsExactly(line);
		response.path(relation + ".sources[*].text").entityList(String.class)
				.satisfies(texts -> assertThat(texts).singleElement().asString().isNotBlank());
	}

	@Test
	void aVerbTheUserAddedToTheVocabularyIsExtractedAndQueryable() {
		GraphQlTester.Response elasticache = facts("elasticache");
		elasticache.path("service.relations[?(@.type == 'CACHES')].service.id").entityList(String.class)
				.contains("rds", "dynamodb").hasSize(2);
		graphQl.document("{ services(where: {related: {type: CACHES, service: \"rds\"}}) { nodes { id } } }").execute()
				.path("services.nodes[*].id").entityList(String.class).containsExactly("elasticache");
		graphQl.document("{ __type(name: \"RelationType\") { enumValues { name } } }").execute()
				.path("__type.enumValues[*].name").entityList(String.class).contains("CACHES", "RUNS_ON");
	}

	@Test
	void notesOfTheNotesFolderAreLoadedAtStartWithTheirPathAsId() {
		graphQl.document("{ note(id: \"databases/caching\") { id title kind path } }").execute()
				.path("note.title").entity(String.class).isEqualTo("Caching")
				.path("note.kind").entity(String.class).isEqualTo("note")
				.path("note.path").entity(String.class)
				.satisfies(path -> assertThat(path).endsWith("databases/caching.md"));
	}

	@Test
	void changesNeedTheApiKey() {
		String mutation = "mutation { importNote(input: {id: \"keyed\", markdown: \"# K\\n\\nAmazon MQ runs on EC2.\\n\"}) { facts } }";
		graphQl.document(mutation).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		GraphQlClient.to(port).mutate().header("X-API-Key", "wrong").build().document(mutation).execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement()
						.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		graphQl.document("{ service(id: \"mq\") { id } }").execute().path("service").valueIsNull();

		HttpGraphQlTester keyed = GraphQlClient.to(port).mutate().header("X-API-Key", NotesOnlyTest.API_KEY).build();
		keyed.document(mutation).execute().path("importNote.facts").entity(Integer.class)
				.satisfies(n -> assertThat(n).isPositive());
		keyed.document("mutation { deleteNote(id: \"keyed\") { deleted } }").execute()
				.path("deleteNote.deleted").entity(Boolean.class).isEqualTo(true);
	}

	private GraphQlTester.Response facts(String id) {
		GraphQlTester.Response response = graphQl.documentName("serviceFacts").variable("id", id).execute();
		response.errors().verify();
		return response;
	}

}
