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

/**
 * {@code ask(question)} on the seed graph for the questions people ask in their own words: one value of a service,
 * a relationship from either end, "instead of", "where can I", "which … should I use to", "list all", "how many",
 * "what is X"; each with its exact answer. And questions that must be refused, each with its reason and three
 * examples of what can be asked.
 */
@CloudKgTest
class AskEverydayQuestionsTests {

	private static final String EXAMPLES = "for example: \"what runs on ECS?\", \"what does Batch run on?\", "
			+ "\"which services have auto-scaling?\".";

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.to(port);
	}

	@Test
	void aServicesTimeLimitIsAnsweredWithItsValueAndSources() {
		String lambda = "service(id: \"lambda\") { hasTimeLimit timeLimit timeLimitSeconds }";
		for (String question : List.of("What is the time limit of Lambda?", "how long can a lambda function run?",
				"what's the max runtime for AWS Lambda?", "Lambda time limit?", "what's Lambda's timeout?",
				"what is the maximum execution time of a Lambda function?")) {
			value(question, lambda, "Lambda has a time limit of 15 minutes.", "timeLimit", "facts/aws-compute",
					"aws-compute");
		}
		value("How long can an AWS Batch job run?",
				"service(id: \"batch\") { hasTimeLimit timeLimit timeLimitSeconds }",
				"Batch has no time limit.", "timeLimit", "facts/aws-compute", "aws-compute");
		value("what's the timeout of API Gateway?",
				"service(id: \"api-gateway\") { hasTimeLimit timeLimit timeLimitSeconds }",
				"API Gateway has a time limit of 29 seconds (integration timeout of REST APIs by default).",
				"timeLimit",
				"facts/aws-compute");
		value("How long can a Fargate task run?",
				"service(id: \"fargate\") { hasTimeLimit timeLimit timeLimitSeconds }",
				"Fargate has no time limit.", "timeLimit", "facts/aws-compute");
	}

	@Test
	void whetherThereIsATimeLimitIsAYesOrNoWithTheLimitAndItsSources() {
		GraphQlTester.Response batch = ask("is there a time limit on Batch jobs?");
		batch.path("ask.value").entity(Boolean.class).isEqualTo(false);
		batch.path("ask.interpretation").entity(String.class)
				.isEqualTo("services(where: {id: \"batch\", hasTimeLimit: true})");
		batch.path("ask.message").entity(String.class)
				.isEqualTo("No: for Batch the graph records the opposite of: has a "
						+ "time limit. Its time limit: no time limit (unless you set a job timeout).");
		batch.path("ask.sources[*].fact").entityList(String.class).containsExactly("timeLimit", "timeLimit");
		GraphQlTester.Response lambda = ask("is there a timeout for lambda functions?");
		lambda.path("ask.value").entity(Boolean.class).isEqualTo(true);
		lambda.path("ask.message").entity(String.class)
				.isEqualTo("Yes: Lambda has a time limit. Its time limit: 15 minutes.");
		ask("Does Fargate have a time limit?").path("ask.value").entity(Boolean.class).isEqualTo(false);
		ask("is there a time limit for EC2 instances?").path("ask.value").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aServicesPricingIsAnsweredWithItsModelsAndSources() {
		String lambda = "service(id: \"lambda\") { pricing { id name } }";
		for (String question : List.of("how is Lambda priced?", "what does Lambda cost?",
				"what's the pricing model of AWS Lambda?",
				"is there a pricing model for Lambda?")) {
			value(question, lambda, "Lambda is priced: Pay per duration of use; Pay per request.", "pricing",
					"facts/aws-compute", "aws-compute");
		}
		value("what is the pricing model of Lightsail?", "service(id: \"lightsail\") { pricing { id name } }",
				"Lightsail is priced: Fixed monthly price.", "pricing", "facts/aws-compute", "aws-compute");
		value("how do I pay for Lightsail?", "service(id: \"lightsail\") { pricing { id name } }",
				"Lightsail is priced: Fixed monthly price.", "pricing", "facts/aws-compute", "aws-compute");
		value("How is API Gateway charged?", "service(id: \"api-gateway\") { pricing { id name } }",
				"API Gateway is priced: Pay per request.", "pricing", "facts/aws-compute");
		value("how much does EC2 cost?", "service(id: \"ec2\") { pricing { id name } }",
				"EC2 is priced: Pay per duration of use.",
				"pricing", "facts/aws-compute");
		value("how is ECS billed?", "service(id: \"ecs\") { pricing { id name } }",
				"ECS is priced: No charge of its own (you pay for the resources it uses).", "pricing",
				"facts/aws-compute");
	}

	@Test
	void aServicesCategoryProviderAndTraitsAreAnsweredWithTheirValues() {
		value("what kind of service is ECR?", "service(id: \"ecr\") { category }", "ECR is in the category containers.",
				"exists", "facts/aws-compute", "aws-compute");
		value("which category does Fargate belong to?", "service(id: \"fargate\") { category }",
				"Fargate is in the category containers.", "exists", "facts/aws-compute", "aws-compute");
		value("which category is Lightsail in?", "service(id: \"lightsail\") { category }",
				"Lightsail is in the category compute.",
				"exists", "facts/aws-compute", "aws-compute");
		value("who offers Fargate?", "service(id: \"fargate\") { provider }", "Fargate is provided by aws.", "exists",
				"facts/aws-compute", "aws-compute");
		value("which cloud is Lambda from?", "service(id: \"lambda\") { provider }", "Lambda is provided by aws.",
				"exists",
				"facts/aws-compute", "aws-compute");
		value("who makes Docker?", "service(id: \"docker\") { provider }",
				"Docker is not a cloud provider's service (provider: other).", "exists", "facts/aws-compute",
				"aws-compute");
		value("what features does Lambda have?", "service(id: \"lambda\") { traits { trait { id name } value } }",
				"Lambda has: Auto-scaling, Fully managed.", "trait", "facts/aws-compute", "aws-compute");
		value("what are Lightsail's traits?", "service(id: \"lightsail\") { traits { trait { id name } value } }",
				"Lightsail has: High availability, Limited AWS integrations; lacks: Auto-scaling.", "trait",
				"facts/aws-compute",
				"aws-compute");
	}

	@Test
	void aServicesRelationshipsAreListedBothWays() {
		GraphQlTester.Response answer = ask("what are the relationships of ECR?");
		answer.path("ask.message").entity(String.class)
				.isEqualTo("ECR has 2 relationships: ECR -STORES_IMAGES_FOR-> ECS; ECR -STORES_IMAGES_FOR-> Fargate.");
		answer.path("ask.services[*].id").entityList(String.class).containsExactly("ecr", "ecs", "fargate");
		answer.path("ask.sources[*].fact").entityList(String.class).contains("relation");
		ask("what is Lambda connected to?").path("ask.message").entity(String.class)
				.isEqualTo(
						"Lambda has 2 relationships: API Gateway -INTEGRATES_WITH-> Lambda; Lambda -MONITORED_BY-> CloudWatch.");
	}

	@Test
	void whetherARelationshipExistsIsAYesOrNoFromEitherEndWithItsSources() {
		check("does ECR store images for ECS?", true, "Yes: ECR -STORES_IMAGES_FOR-> ecs.");
		check("does CloudWatch monitor Lambda?", true, "Yes: CloudWatch <-MONITORED_BY- lambda.");
		check("is Lambda monitored by CloudWatch?", true, "Yes: Lambda -MONITORED_BY-> cloudwatch.");
		check("is EC2 launched by Batch?", true, "Yes: EC2 <-LAUNCHES- batch.");
		check("does Lambda integrate with API Gateway?", true,
				"Yes: Lambda -INTEGRATES_WITH- api-gateway (either way).");
		check("is Spot part of EC2?", true, "Yes: Spot Instances -PART_OF-> ec2.");
		check("does Lightsail scale automatically?", false,
				"No: for Lightsail the graph records the opposite of: has the trait \"Auto-scaling\".");
		GraphQlTester.Response unknown = ask("does ECR store images for Lambda?");
		unknown.path("ask.value").valueIsNull();
		unknown.path("ask.sources").entityList(Object.class).hasSize(0);
	}

	@Test
	void aRelationshipIsAskedFromItsOtherEndWithTheVerbTurnedRound() {
		find("What monitors Lambda?", "{related: {type: MONITORED_BY, direction: IN, service: \"lambda\"}}",
				"cloudwatch");
		find("which services are monitored by CloudWatch?", "{related: {type: MONITORED_BY, service: \"cloudwatch\"}}",
				"lambda");
		find("what does CloudWatch monitor?", "{related: {type: MONITORED_BY, service: \"cloudwatch\"}}", "lambda");
		find("what is launched by Batch?", "{related: {type: LAUNCHES, direction: IN, service: \"batch\"}}", "ec2",
				"spot-instances");
		find("what launches EC2 instances?", "{related: {type: LAUNCHES, service: \"ec2\"}}", "batch");
		find("where does ECS store its images?", "{related: {type: STORES_IMAGES_FOR, service: \"ecs\"}}", "ecr");
		find("where does Batch run?", "{related: {type: RUNS_ON, direction: IN, service: \"batch\"}}", "ecs");
		find("what does Lightsail replace?", "{related: {type: ALTERNATIVE_TO, direction: IN, service: \"lightsail\"}}",
				"ebs",
				"ec2", "elb", "rds", "route-53");
		find("what's running on ECS?", "{related: {type: RUNS_ON, service: \"ecs\"}}", "batch");
	}

	@Test
	void anIntegrationIsReadBothWaysAndTheInterpretationSaysSo() {
		String both = "{related: {type: INTEGRATES_WITH, direction: BOTH, service: \"lambda\"}}";
		for (String question : List.of("what does Lambda integrate with?", "what integrates with Lambda?",
				"what's Lambda integrated with?")) {
			GraphQlTester.Response answer = ask(question);
			answer.path("ask.interpretation").entity(String.class).isEqualTo("services(where: " + both
					+ ") # INTEGRATES_WITH is read both ways: what lambda integrates with and what integrates with lambda.");
			answer.path("ask.services[*].id").entityList(String.class).containsExactly("api-gateway");
		}
		GraphQlTester.Response alb = ask("Which services integrate with ALB?");
		alb.path("ask.interpretation").entity(String.class)
				.isEqualTo("services(where: {related: {type: INTEGRATES_WITH, "
						+ "direction: BOTH, service: \"alb\"}}) # INTEGRATES_WITH is read both ways: what alb integrates with and what "
						+ "integrates with alb.");
		alb.path("ask.services[*].id").entityList(String.class).containsExactly("ecs");
	}

	@Test
	void everydayOpeningsAskForTheServicesThatDoWhatFollows() {
		for (String question : List.of("What can I use instead of EC2?", "what could I use instead of EC2?",
				"what is a good alternative to EC2?", "which service can replace EC2?",
				"what is an equivalent of EC2?")) {
			find(question, "{related: {type: ALTERNATIVE_TO, service: \"ec2\"}}", "lightsail");
		}
		for (String question : List.of("where can I store docker images?", "where should I store my docker images?",
				"what can I use to store docker images?", "which services store images?")) {
			find(question, "{related: {type: STORES_IMAGES_FOR}}", "ecr");
		}
		for (String question : List.of("Which AWS service should I use to run containers without managing servers?",
				"which service should I use for running containers without managing servers?",
				"I need to run containers without managing servers")) {
			find(question, "{category: \"containers\", serverless: true, related: {type: RUNS}}", "fargate");
		}
		find("where can I run docker containers?", "{related: {type: RUNS_ON, direction: IN}}", "ec2", "ecs",
				"fargate");
	}

	@Test
	void listingEveryServiceAndCountingThem() {
		List<String> all = List.of("alb", "api-gateway", "batch", "cloudwatch", "docker", "ebs", "ec2", "ecr", "ecs",
				"elb",
				"fargate", "lambda", "lightsail", "rds", "route-53", "spot-instances");
		for (String question : List.of("list all services", "show me all the services", "what services are there?",
				"give me every service")) {
			find(question, "{}", all.toArray(String[]::new));
		}
		GraphQlTester.Response count = ask("how many services are there?");
		count.path("ask.totalCount").entity(Integer.class).isEqualTo(16);
		assertThat(count.path("ask.message").entity(String.class).get()).startsWith("There are 16: ALB, API Gateway,");
		GraphQlTester.Response serverless = ask("how many services are serverless?");
		serverless.path("ask.totalCount").entity(Integer.class).isEqualTo(3);
		serverless.path("ask.message").entity(String.class).isEqualTo("There are 3: API Gateway, Fargate, Lambda.");
		ask("how many services are monitored by CloudWatch?").path("ask.message").entity(String.class)
				.isEqualTo("There is 1: Lambda.");
		ask("how many services are in the containers category?").path("ask.totalCount").entity(Integer.class)
				.isEqualTo(4);
		ask("how many services does Batch launch?").path("ask.totalCount").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void whatIsAServiceDescribesIt() {
		for (String question : List.of("what is ECR?", "what does ECR do?", "what is ECR used for?",
				"tell me about ECR",
				"explain Amazon ECR")) {
			GraphQlTester.Response answer = ask(question);
			assertThat(answer.path("ask.interpretation").entity(String.class).get()).as(question)
					.isEqualTo("service(id: \"ecr\")");
			answer.path("ask.message").entity(String.class)
					.isEqualTo("ECR: Private, fully managed Docker image registry.");
			answer.path("ask.sources[*].note.id").entityList(String.class).containsExactly("facts/aws-compute",
					"aws-compute");
		}
	}

	@Test
	void looserWordingsAndSlipsStillGetTheExactAnswer() {
		String lambda = "service(id: \"lambda\") { hasTimeLimit timeLimit timeLimitSeconds }";
		value("How many minutes can a Lambda run?", lambda, "Lambda has a time limit of 15 minutes.", "timeLimit",
				"facts/aws-compute", "aws-compute");
		value("whats the time limit of lamda", lambda, "Lambda has a time limit of 15 minutes.", "timeLimit",
				"facts/aws-compute", "aws-compute");
		value("how is lightsial priced?", "service(id: \"lightsail\") { pricing { id name } }",
				"Lightsail is priced: Fixed monthly price.", "pricing", "facts/aws-compute", "aws-compute");
		check("Is there any limit on how long a Lambda can run?", true,
				"Yes: Lambda has a time limit. Its time limit: 15 minutes.");
		find("Where do Lambda logs go?", "{related: {type: MONITORED_BY, direction: IN, service: \"lambda\"}}",
				"cloudwatch");
		find("Which services lack auto-scaling?", "{lacksTrait: \"auto-scaling\"}", "lightsail");
		find("Which services run on top of ECS?", "{related: {type: RUNS_ON, service: \"ecs\"}}", "batch");
		ask("Lambda or Fargate, which one should I use?").path("ask.interpretation").entity(String.class)
				.isEqualTo("compare(ids: [\"lambda\", \"fargate\"])");
	}

	@Test
	void newInterpretationsAreQueriesThatGiveTheSameServices() {
		for (String question : List.of("What monitors Lambda?", "what does Lambda integrate with?",
				"where can I store docker images?", "list all services", "how many services are serverless?",
				"Which AWS service should I use to run containers without managing servers?")) {
			// a remark is a GraphQL comment: it ends with its line
			String query = "{ " + interpretation(question) + "\n { nodes { id } } }";
			assertThat(graphQl.document(query).execute().path("services.nodes[*].id").entityList(String.class).get())
					.as(question)
					.isEqualTo(ids(question));
		}
	}

	@Test
	void questionsItCannotReadAreRefusedWithTheReasonAndThreeExamples() {
		Map<String, String> refusals = Map.ofEntries(Map.entry("where can I buy a pizza?", "\"buy\""),
				Map.entry("how long can Zorblax run?", "\"Zorblax\""),
				Map.entry("which services are cheap?", "\"cheap\""),
				Map.entry("how many services don't run on ECS?", "relationships services have"),
				Map.entry("who provides Zorblax?", "\"Zorblax\""),
				Map.entry("is there a time limit on Zorblax jobs?", "\"Zorblax jobs\""),
				Map.entry("what's the weather like today?", "\"weather\""),
				Map.entry("is Lambda better than Batch?", "\"better\""),
				Map.entry("write me a poem about Lambda", "\"write\""),
				Map.entry("what runs on?", "needs a service after it"),
				Map.entry("which services are not priced per request?", "not priced some way"),
				Map.entry("how many pizzas are there?", "\"pizzas\""),
				Map.entry("what is the time limit of Zorblax?", "\"Zorblax\""));
		refusals.forEach((question, reason) -> {
			GraphQlTester.Response answer = ask(question);
			assertThat(answer.path("ask.understood").entity(Boolean.class).get()).as(question).isFalse();
			answer.path("ask.interpretation").valueIsNull();
			answer.path("ask.services").entityList(Object.class).hasSize(0);
			answer.path("ask.sources").entityList(Object.class).hasSize(0);
			answer.path("ask.message").entity(String.class).satisfies(message -> {
				assertThat(message).as(question).contains(reason);
				assertThat(message).as(question).contains(EXAMPLES);
			});
		});
	}

	private void value(String question, String interpretation, String message, String fact, String... notes) {
		GraphQlTester.Response answer = ask(question);
		assertThat(answer.path("ask.understood").entity(Boolean.class).get()).as(question).isTrue();
		assertThat(answer.path("ask.interpretation").entity(String.class).get()).as(question).isEqualTo(interpretation);
		assertThat(answer.path("ask.message").entity(String.class).get()).as(question).isEqualTo(message);
		answer.path("ask.value").valueIsNull();
		assertThat(answer.path("ask.sources[*].fact").entityList(String.class).get()).as(question).isNotEmpty()
				.allMatch(fact::equals);
		assertThat(answer.path("ask.sources[*].note.id").entityList(String.class).get().stream().distinct().toList())
				.as(question).containsExactly(notes);
	}

	private void check(String question, boolean value, String message) {
		GraphQlTester.Response answer = ask(question);
		assertThat(answer.path("ask.value").entity(Boolean.class).get()).as(question).isEqualTo(value);
		assertThat(answer.path("ask.message").entity(String.class).get()).as(question).isEqualTo(message);
		assertThat(answer.path("ask.sources[*].note.id").entityList(String.class).get()).as(question)
				.contains("facts/aws-compute");
	}

	private void find(String question, String where, String... ids) {
		GraphQlTester.Response answer = ask(question);
		assertThat(answer.path("ask.understood").entity(Boolean.class).get()).as(question).isTrue();
		assertThat(answer.path("ask.interpretation").entity(String.class).get()).as(question)
				.isEqualTo("services(where: " + where + ")");
		assertThat(answer.path("ask.services[*].id").entityList(String.class).get()).as(question).containsExactly(ids);
		assertThat(answer.path("ask.totalCount").entity(Integer.class).get()).as(question).isEqualTo(ids.length);
	}

	private GraphQlTester.Response ask(String question) {
		return graphQl.documentName("ask").variable("question", question).execute();
	}

	private List<String> ids(String question) {
		return ask(question).path("ask.services[*].id").entityList(String.class).get();
	}

	private String interpretation(String question) {
		return ask(question).path("ask.interpretation").entity(String.class).get();
	}

}
