package dev.cloudkg.explore;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.cloudkg.catalog.ServiceWhere;
import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.model.Direction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The question parser on its own, with vocabularies built here: no graph, names from the vocabulary only. */
class QuestionParserTests {

	private static final String USER_ADDITIONS = """
			relations:
			  CACHES:
			    description: The subject keeps a fast copy of the object's data (ElastiCache for RDS).
			    phrases: [cache for, caches data of, in front of]
			""";

	private final QuestionParser seed = parser(seedVocabulary());

	private final QuestionParser extended = parser(extendedVocabulary());

	@Test
	void aVerbAUserAddsIsAskableByItsPhrasesAndByItsTypeName() {
		for (String question : new String[]{"what caches RDS?", "What is a cache for Amazon RDS?",
				"which services cache RDS", "what is in front of rds?"}) {
			assertThat(interpretation(extended, question)).as(question)
					.isEqualTo("services(where: {related: {type: CACHES, service: \"rds\"}})");
		}
		assertThat(interpretation(extended, "what does ElastiCache cache?"))
				.isEqualTo("services(where: {related: {type: CACHES, direction: IN, service: \"elasticache\"}})");
		assertThat(extended.parse("does ElastiCache cache RDS?").interpretation())
				.isEqualTo(new Interpretation.Check("elasticache",
						((Interpretation.Check) extended.parse("is ElastiCache a cache for RDS")
								.interpretation()).conditions()));
	}

	@Test
	void withoutTheUserAddedVerbTheSameQuestionIsNotUnderstood() {
		QuestionParser.Parsed parsed = seed.parse("what caches RDS?");
		assertThat(parsed.interpretation()).isNull();
		assertThat(parsed.problem()).contains("\"caches\"");
	}

	@Test
	void aTraitAUserAddsIsAskableWithAndWithoutIt() {
		assertThat(interpretation(extended, "which services are encrypted at rest?"))
				.isEqualTo("services(where: {trait: \"encrypted-at-rest\"})");
		assertThat(interpretation(extended, "which services are not encrypted at rest?"))
				.isEqualTo("services(where: {lacksTrait: \"encrypted-at-rest\"})");
	}

	@Test
	void caseProseAndOneSlipInALongWordDoNotMatter() {
		for (String question : new String[]{"which serverless options have no time limit?",
				"WHICH SERVERLESS OPTIONS HAVE NO TIME LIMIT", "Which serverles options have no time-limit??",
				"please tell me which serverless services don't have a time limit",
				"serverless services without a time limit"}) {
			assertThat(interpretation(seed, question)).as(question)
					.isEqualTo("services(where: {serverless: true, hasTimeLimit: false})");
		}
	}

	@Test
	void pricingIsReadFromThePricingModelsNamesAndPhrasesWithAnyOfTheUsualVerbs() {
		for (String question : new String[]{"which services are priced per request?",
				"which services are charged per request",
				"what is billed per request?", "which services are pay-per-request?",
				"which services are priced per reqest"}) {
			assertThat(interpretation(seed, question)).as(question)
					.isEqualTo("services(where: {pricing: \"pay-per-request\"})");
		}
	}

	@Test
	void conditionsCombineWithAnd() {
		assertThat(interpretation(seed, "which serverless services have auto-scaling and are priced per request?"))
				.isEqualTo(
						"services(where: {serverless: true, pricing: \"pay-per-request\", trait: \"auto-scaling\"})");
		assertThat(interpretation(seed, "which services are fully managed and have auto-scaling?"))
				.isEqualTo("services(where: {AND: [{trait: \"fully-managed\"}, {trait: \"auto-scaling\"}]})");
	}

	@Test
	void wordsItDoesNotKnowOrCannotAnswerMakeTheQuestionNotUnderstood() {
		assertThat(seed.parse("which services run on ECS or Fargate?").problem()).contains("\"or\"");
		assertThat(seed.parse("which services don't run on ECS?").problem()).contains("relationships services have");
		assertThat(seed.parse("which services are cheap and serverless?").problem()).contains("\"cheap\"");
		assertThat(seed.parse("which services run on Zorblax?").problem()).contains("\"Zorblax\"");
		assertThat(seed.parse("").problem()).contains("empty");
	}

	@Test
	void aRelationshipIsAskedFromItsObjectWithTheVerbFormsTheVocabularyImplies() {
		assertThat(interpretation(seed, "what monitors Lambda?"))
				.isEqualTo("services(where: {related: {type: MONITORED_BY, direction: IN, service: \"lambda\"}})");
		assertThat(interpretation(seed, "which services are launched by Batch?"))
				.isEqualTo("services(where: {related: {type: LAUNCHES, direction: IN, service: \"batch\"}})");
		assertThat(interpretation(seed, "what does CloudWatch monitor?"))
				.isEqualTo("services(where: {related: {type: MONITORED_BY, service: \"cloudwatch\"}})");
		assertThat(interpretation(seed, "where does ECS store its images?"))
				.isEqualTo("services(where: {related: {type: STORES_IMAGES_FOR, service: \"ecs\"}})");
		// a type a user adds gets its passive too: "caches" is "cached by"
		assertThat(interpretation(extended, "what is cached by ElastiCache?"))
				.isEqualTo("services(where: {related: {type: CACHES, direction: IN, service: \"elasticache\"}})");
		assertThat(seed.parse("what is cached by ElastiCache?").interpretation()).isNull();
	}

	@Test
	void anIntegrationIsReadBothWaysWithARemarkSayingSo() {
		for (String question : new String[]{"what does Lambda integrate with?", "what integrates with Lambda?"}) {
			Interpretation.Find find = (Interpretation.Find) seed.parse(question).interpretation();
			assertThat(WhereBuilder.text(find.where())).as(question)
					.isEqualTo("{related: {type: INTEGRATES_WITH, direction: BOTH, service: \"lambda\"}}");
			assertThat(find.remark()).as(question)
					.isEqualTo("INTEGRATES_WITH is read both ways: what lambda integrates "
							+ "with and what integrates with lambda.");
		}
		assertThat(((Interpretation.Find) seed.parse("what runs on ECS?").interpretation()).remark()).isNull();
	}

	@Test
	void questionsAboutOneValueOfAServiceAreValueQuestions() {
		Map<String, Interpretation.Value> questions = Map.ofEntries(
				Map.entry("What is the time limit of Lambda?", new Interpretation.Value("lambda", "timeLimit")),
				Map.entry("how long can a lambda function run?", new Interpretation.Value("lambda", "timeLimit")),
				Map.entry("How long does a Lambda function run at most?",
						new Interpretation.Value("lambda", "timeLimit")),
				Map.entry("whats the max runtime of Batch", new Interpretation.Value("batch", "timeLimit")),
				Map.entry("what is the pricing model of Lightsail?", new Interpretation.Value("lightsail", "pricing")),
				Map.entry("how is Lambda priced?", new Interpretation.Value("lambda", "pricing")),
				Map.entry("how much does Fargate cost?", new Interpretation.Value("fargate", "pricing")),
				Map.entry("what category is ECS in?", new Interpretation.Value("ecs", "category")),
				Map.entry("who provides Lambda?", new Interpretation.Value("lambda", "provider")),
				Map.entry("which cloud is Cloud Run from?", new Interpretation.Value("cloud-run", "provider")),
				Map.entry("what features does Lightsail have?", new Interpretation.Value("lightsail", "traits")),
				Map.entry("what is Lambda connected to?", new Interpretation.Value("lambda", "relations")));
		questions.forEach(
				(question, value) -> assertThat(seed.parse(question).interpretation()).as(question).isEqualTo(value));
	}

	@Test
	void whetherThereIsATimeLimitIsAYesNoQuestion() {
		for (String question : new String[]{"is there a time limit on Batch jobs?", "is there a timeout for Batch?",
				"does Batch have a time limit?"}) {
			Interpretation.Check check = (Interpretation.Check) seed.parse(question).interpretation();
			assertThat(check.service()).as(question).isEqualTo("batch");
			assertThat(check.conditions()).extracting(Interpretation.Condition::description)
					.containsExactly("has a time limit");
		}
	}

	@Test
	void everydayOpeningsAreReadAsWhatTheServicesFoundDo() {
		assertThat(interpretation(seed, "What can I use instead of EC2?"))
				.isEqualTo("services(where: {related: {type: ALTERNATIVE_TO, service: \"ec2\"}})");
		assertThat(interpretation(seed, "where can I store docker images?"))
				.isEqualTo("services(where: {related: {type: STORES_IMAGES_FOR}})");
		assertThat(interpretation(seed, "Which AWS service should I use to run containers without managing servers?"))
				.isEqualTo("services(where: {category: \"containers\", serverless: true, related: {type: RUNS}})");
		assertThat(interpretation(seed, "list all services")).isEqualTo("services(where: {})");
		assertThat(interpretation(seed, "show me all the services")).isEqualTo("services(where: {})");
	}

	@Test
	void howManyCountsTheServicesOfAListQuestion() {
		Interpretation.Find count = (Interpretation.Find) seed.parse("how many services are serverless?")
				.interpretation();
		assertThat(count.count()).isTrue();
		assertThat(WhereBuilder.text(count.where())).isEqualTo("{serverless: true}");
		assertThat(((Interpretation.Find) seed.parse("how many services are there?").interpretation()).count())
				.isTrue();
		assertThat(((Interpretation.Find) seed.parse("which services are serverless?").interpretation()).count())
				.isFalse();
		assertThat(seed.parse("how many pizzas are there?").problem()).contains("\"pizzas\"");
	}

	@Test
	void whatIsAServiceDescribesIt() {
		for (String question : new String[]{"what is ECR?", "what does ECR do?", "tell me about ECR",
				"explain Amazon ECR"}) {
			assertThat(seed.parse(question).interpretation()).as(question)
					.isEqualTo(new Interpretation.Describe("ecr"));
		}
	}

	@Test
	void aQuestionItCannotReadGetsThreeExamplesMadeFromTheVocabularyThatItCanRead() {
		assertThat(seed.help()).contains("for example: \"what runs on ECS?\", \"what does Batch run on?\", "
				+ "\"which services have auto-scaling?\".");
		String other = seedText().replace(
				"RUNS_ON:\n    description: The subject runs on the object's infrastructure (Batch runs on ECS).",
				"HOSTS:\n    description: The subject hosts the object (EC2 hosts ECS).");
		QuestionParser hosts = parser(Vocabulary.parse("vocabulary.yaml", other));
		assertThat(hosts.help()).contains("for example: \"what hosts ECS?\", \"what does EC2 host?\"");
		assertThat(hosts.parse("what hosts ECS?").interpretation()).isNotNull();
	}

	@Test
	void everyFieldOfTheFilterIsWrittenInTheInterpretation() {
		ServiceWhere where = new ServiceWhere("a", List.of("b"), "c", "SERVICE", "d", "e", true, false, 1, 2, "f", "g",
				"h",
				new ServiceWhere.RelatedWhere("RUNS_ON", Direction.IN, "i"), "j",
				List.of(WhereBuilder.serverless(true)),
				List.of(WhereBuilder.trait("k")), WhereBuilder.pricing("l"));
		String text = WhereBuilder.text(where);
		for (RecordComponent field : ServiceWhere.class.getRecordComponents()) {
			assertThat(text).as(field.getName()).contains(field.getName() + ": ");
		}
		assertThat(WhereBuilder.all(List.of(WhereBuilder.trait("x"), WhereBuilder.trait("y"))))
				.isEqualTo(WhereBuilder.where().withAnd(List.of(WhereBuilder.trait("x"), WhereBuilder.trait("y")))
						.build());
	}

	@Test
	void theLongestQuestionIsReadQuickly() {
		String question = "which " + "serverless services running on ECS and ".repeat(6) + "Zorblax";
		long start = System.nanoTime();
		assertThat(seed.parse(question).interpretation()).isNull();
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
	}

	@Test
	void theGrammarIsReadFromItsDataFileAndItsPatternsAreCompiledOnce() {
		QuestionGrammar grammar = QuestionGrammar.get();
		assertThat(grammar).isSameAs(QuestionGrammar.get());
		assertThat(grammar.fillers()).contains("the", "services");
		assertThat(grammar.values()).containsKeys("timeLimit", "pricing", "category", "provider", "traits",
				"relations");
		assertThat(grammar.symmetric("INTEGRATES_WITH")).isTrue();
		assertThat(grammar.symmetric("RUNS_ON")).isFalse();
	}

	private static String interpretation(QuestionParser parser, String question) {
		QuestionParser.Parsed parsed = parser.parse(question);
		assertThat(parsed.problem()).as(question).isNull();
		assertThat(parsed.interpretation()).isInstanceOf(Interpretation.Find.class);
		return "services(where: " + WhereBuilder.text(((Interpretation.Find) parsed.interpretation()).where()) + ")";
	}

	private static QuestionParser parser(Vocabulary vocabulary) {
		return new QuestionParser(new QuestionVocabulary(vocabulary), name -> null);
	}

	/** The seed vocabulary with the cloud catalogue, as the service reads it. */
	private static Vocabulary seedVocabulary() {
		return Vocabulary.load(Path.of("graph-seed"));
	}

	/** The seed vocabulary with a relationship type and a trait a user added. */
	private static Vocabulary extendedVocabulary() {
		String text = seedText().replace("relations:\n", USER_ADDITIONS)
				.replace("traits:\n",
						"traits:\n  encrypted-at-rest:\n    name: Encrypted at rest\n    phrases: [encrypted at rest]\n");
		return Vocabulary.parse("vocabulary.yaml", text);
	}

	private static String seedText() {
		try {
			return Files.readString(Path.of("graph-seed/vocabulary.yaml"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
