package dev.cloudkg.explore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.cloudkg.facts.Vocabulary;
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
		for (String question : new String[] { "what caches RDS?", "What is a cache for Amazon RDS?",
				"which services cache RDS", "what is in front of rds?" }) {
			assertThat(interpretation(extended, question)).as(question)
				.isEqualTo("services(where: {related: {type: CACHES, service: \"rds\"}})");
		}
		assertThat(interpretation(extended, "what does ElastiCache cache?"))
			.isEqualTo("services(where: {related: {type: CACHES, direction: IN, service: \"elasticache\"}})");
		assertThat(extended.parse("does ElastiCache cache RDS?").interpretation())
			.isEqualTo(new Interpretation.Check("elasticache", ((Interpretation.Check) extended.parse("is ElastiCache a cache for RDS")
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
		for (String question : new String[] { "which serverless options have no time limit?",
				"WHICH SERVERLESS OPTIONS HAVE NO TIME LIMIT", "Which serverles options have no time-limit??",
				"please tell me which serverless services don't have a time limit",
				"serverless services without a time limit" }) {
			assertThat(interpretation(seed, question)).as(question)
				.isEqualTo("services(where: {serverless: true, hasTimeLimit: false})");
		}
	}

	@Test
	void pricingIsReadFromThePricingModelsNamesAndPhrasesWithAnyOfTheUsualVerbs() {
		for (String question : new String[] { "which services are priced per request?", "which services are charged per request",
				"what is billed per request?", "which services are pay-per-request?", "which services are priced per reqest" }) {
			assertThat(interpretation(seed, question)).as(question).isEqualTo("services(where: {pricing: \"pay-per-request\"})");
		}
	}

	@Test
	void conditionsCombineWithAnd() {
		assertThat(interpretation(seed, "which serverless services have auto-scaling and are priced per request?"))
			.isEqualTo("services(where: {serverless: true, pricing: \"pay-per-request\", trait: \"auto-scaling\"})");
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

	private static String interpretation(QuestionParser parser, String question) {
		QuestionParser.Parsed parsed = parser.parse(question);
		assertThat(parsed.problem()).as(question).isNull();
		assertThat(parsed.interpretation()).isInstanceOf(Interpretation.Find.class);
		return "services(where: " + WhereBuilder.text(((Interpretation.Find) parsed.interpretation()).where()) + ")";
	}

	private static QuestionParser parser(Vocabulary vocabulary) {
		return new QuestionParser(new QuestionVocabulary(vocabulary), name -> null);
	}

	private static Vocabulary seedVocabulary() {
		return Vocabulary.parse("vocabulary.yaml", seedText());
	}

	/** The seed vocabulary with a relationship type and a trait a user added. */
	private static Vocabulary extendedVocabulary() {
		String text = seedText().replace("relations:\n", USER_ADDITIONS)
			.replace("traits:\n", "traits:\n  encrypted-at-rest:\n    name: Encrypted at rest\n    phrases: [encrypted at rest]\n");
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
