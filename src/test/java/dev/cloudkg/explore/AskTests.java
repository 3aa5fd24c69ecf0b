package dev.cloudkg.explore;

import java.util.List;
import java.util.Map;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.GraphQlClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ask(question)} on the seed graph (facts file and seed note): the questions, variations, refusals. */
@CloudKgTest
class AskTests {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.to(port);
	}

	@Test
	void serverlessOptionsWithoutATimeLimitAreTheServicesFilterOfTheSkeleton() {
		GraphQlTester.Response answer = ask("which serverless options have no time limit?");
		answer.path("ask.understood").entity(Boolean.class).isEqualTo(true);
		answer.path("ask.interpretation").entity(String.class)
				.isEqualTo("services(where: {serverless: true, hasTimeLimit: false})");
		answer.path("ask.services[*].id").entityList(String.class).containsExactly("fargate");
		answer.path("ask.totalCount").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void relationshipQuestionsPointFromTheServicesFoundToTheServiceNamed() {
		assertThat(ids("what runs on ECS?")).containsExactly("batch");
		assertThat(interpretation("what runs on ECS?"))
				.isEqualTo("services(where: {related: {type: RUNS_ON, service: \"ecs\"}})");
		assertThat(ids("what is an alternative to EC2?")).containsExactly("lightsail");
		assertThat(interpretation("what is an alternative to EC2?"))
				.isEqualTo("services(where: {related: {type: ALTERNATIVE_TO, service: \"ec2\"}})");
		assertThat(ids("what stores images for Fargate?")).containsExactly("ecr");
		assertThat(ids("what runs Docker?")).containsExactly("batch", "ecs", "fargate");
		assertThat(ids("what depends on EC2?")).containsExactly("batch");
	}

	@Test
	void askingWhatANamedServiceDoesFollowsTheRelationshipFromIt() {
		assertThat(ids("what does ECS run on?")).containsExactly("ec2", "fargate");
		assertThat(interpretation("what does ECS run on?"))
				.isEqualTo("services(where: {related: {type: RUNS_ON, direction: IN, service: \"ecs\"}})");
		assertThat(ids("which services does Batch launch?")).containsExactly("ec2", "spot-instances");
	}

	@Test
	void wordingCasePunctuationPrefixesAliasesAndSlipsDoNotChangeTheAnswer() {
		for (String question : List.of("WHAT RUNS ON AWS ECS", "what runs on Amazon ECS",
				"What runs on Elastic Container Service??",
				"which services run on the ECS service?", "please tell me what runs on ecs")) {
			assertThat(ids(question)).as(question).containsExactly("batch");
		}
		assertThat(ids("what can replace EC2?")).containsExactly("lightsail");
		assertThat(ids("Is AWS Lamnda serverless")).containsExactly("lambda");
		assertThat(ids("which servics are chargd per reqest?")).containsExactly("api-gateway", "lambda");
	}

	@Test
	void pricingQuestionsMatchThePricingModelsWords() {
		assertThat(interpretation("which services are priced per request?"))
				.isEqualTo("services(where: {pricing: \"pay-per-request\"})");
		assertThat(ids("which services are priced per request?")).containsExactly("api-gateway", "lambda");
		assertThat(ids("which services charge per request?")).containsExactly("api-gateway", "lambda");
	}

	@Test
	void traitsAreAskedForWithAndWithout() {
		assertThat(ids("which services have auto-scaling?")).containsExactly("batch", "lambda");
		assertThat(ids("which services are fully managed?")).containsExactly("api-gateway", "batch", "ecr", "fargate",
				"lambda");
		assertThat(interpretation("which services have no auto-scaling?"))
				.isEqualTo("services(where: {lacksTrait: \"auto-scaling\"})");
		assertThat(ids("which services have no auto-scaling?")).containsExactly("lightsail");
		assertThat(ids("which compute services are serverless?")).containsExactly("lambda");
	}

	@Test
	void theInterpretationIsAQueryThatGivesTheSameServices() {
		for (String question : List.of("which serverless options have no time limit?", "what runs on ECS?",
				"which services have no auto-scaling?", "what does ECS run on?",
				"which services are priced per request?")) {
			String query = "{ " + interpretation(question) + " { nodes { id } } }";
			assertThat(graphQl.document(query).execute().path("services.nodes[*].id").entityList(String.class).get())
					.as(question)
					.isEqualTo(ids(question));
		}
	}

	@Test
	void yesNoQuestionsAnswerTrueFalseOrNotRecorded() {
		GraphQlTester.Response lambda = ask("is Lambda serverless?");
		lambda.path("ask.value").entity(Boolean.class).isEqualTo(true);
		lambda.path("ask.interpretation").entity(String.class)
				.isEqualTo("services(where: {id: \"lambda\", serverless: true})");
		lambda.path("ask.message").entity(String.class).isEqualTo("Yes: Lambda is serverless.");
		ask("is Batch serverless?").path("ask.value").entity(Boolean.class).isEqualTo(false);
		ask("is Batch priced per request?").path("ask.value").entity(Boolean.class).isEqualTo(false);
		ask("does Lambda have a time limit?").path("ask.value").entity(Boolean.class).isEqualTo(true);
		ask("does Batch run on ECS?").path("ask.value").entity(Boolean.class).isEqualTo(true);
		GraphQlTester.Response unknown = ask("does Lambda run on ECS?");
		unknown.path("ask.understood").entity(Boolean.class).isEqualTo(true);
		unknown.path("ask.value").valueIsNull();
		unknown.path("ask.message").entity(String.class)
				.isEqualTo("The graph does not record whether Lambda -RUNS_ON-> ecs.");
	}

	@Test
	void comparisonsAreTheCompareTable() {
		for (String question : List.of("compare Batch and Lambda", "Batch vs Lambda", "AWS Batch versus AWS Lamnda?",
				"what is the difference between Batch and Lambda")) {
			GraphQlTester.Response answer = ask(question);
			answer.path("ask.interpretation").entity(String.class).isEqualTo("compare(ids: [\"batch\", \"lambda\"])");
			answer.path("ask.comparison.services[*].id").entityList(String.class).containsExactly("batch", "lambda");
			answer.path("ask.comparison.rows[0]").entity(Map.class)
					.isEqualTo(Map.of("dimension", "serverless", "values", List.of("false", "true")));
		}
	}

	@Test
	void connectionQuestionsArePaths() {
		GraphQlTester.Response answer = ask("how is ECR connected to EC2?");
		answer.path("ask.interpretation").entity(String.class).isEqualTo("paths(from: \"ecr\", to: \"ec2\")");
		answer.path("ask.paths[*].steps[*].type").entityList(String.class).containsExactly("STORES_IMAGES_FOR",
				"RUNS_ON");
		answer.path("ask.services[*].id").entityList(String.class).containsExactly("ecr", "ecs", "ec2");
		answer.path("ask.message").entity(String.class)
				.isEqualTo("ECR and EC2 are connected one way: ECR -STORES_IMAGES_FOR-> ECS -RUNS_ON-> EC2.");
		ask("how are ECR and EC2 related?").path("ask.interpretation").entity(String.class)
				.isEqualTo("paths(from: \"ecr\", to: \"ec2\")");
		ask("is Batch connected to EC2?").path("ask.value").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void questionsItCannotReadAreNotUnderstoodWithAMessageSayingWhatItCanAnswer() {
		Map<String, String> refusals = Map.of("what's the weather?", "\"weather\"", "", "empty", "services?",
				"names nothing to look for", "which runs on Zorblax?", "\"Zorblax\"", "delete everything", "\"delete\"",
				"which services run on ECS or Fargate?", "\"or\"", "which services don't run on ECS?",
				"relationships services have", "what runs on Kinesis?", "nothing on \"kinesis\"",
				"is Zorblax serverless?",
				"\"Zorblax\"");
		refusals.forEach((question, reason) -> {
			GraphQlTester.Response answer = ask(question);
			answer.path("ask.understood").entity(Boolean.class).isEqualTo(false);
			answer.path("ask.interpretation").valueIsNull();
			answer.path("ask.services").entityList(Object.class).hasSize(0);
			answer.path("ask.message").entity(String.class).satisfies(message -> {
				assertThat(message).as(question).contains(reason);
				assertThat(message).contains("for example", "\"what runs on ECS?\"", "Relationships: runs on");
			});
		});
	}

	private GraphQlTester.Response ask(String question) {
		return graphQl.documentName("ask").variable("question", question).execute();
	}

	private List<String> ids(String question) {
		GraphQlTester.Response answer = ask(question);
		answer.path("ask.understood").entity(Boolean.class).isEqualTo(true);
		return answer.path("ask.services[*].id").entityList(String.class).get();
	}

	private String interpretation(String question) {
		return ask(question).path("ask.interpretation").entity(String.class).get();
	}

}
