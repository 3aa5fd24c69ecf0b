package dev.cloudkg.notes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.cloudkg.facts.Statement;
import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.model.FactKind;
import dev.cloudkg.notes.FactExtractor.Extraction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What the extractor reads from notes written in different styles, and what it leaves alone. */
class FactExtractorTests {

	private static final FactExtractor EXTRACTOR = new FactExtractor(vocabulary());

	private static Vocabulary vocabulary() {
		try {
			return Vocabulary.parse("vocabulary.yaml", Files.readString(Path.of("graph-seed/vocabulary.yaml")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Extraction extractResource(String name) {
		try (InputStream in = FactExtractorTests.class.getResourceAsStream("/notes/" + name)) {
			assertThat(in).as(name).isNotNull();
			return EXTRACTOR.extract(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Extraction extractSeed() {
		try {
			return EXTRACTOR.extract("aws-compute.md", Files.readString(Path.of("graph-seed/notes/aws-compute.md")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Optional<Statement> find(Extraction extraction, String subject, String key) {
		return extraction.statements().stream().filter(s -> s.subject().equals(subject) && s.key().equals(key))
				.findFirst();
	}

	private static Statement statement(Extraction extraction, String subject, String key) {
		return find(extraction, subject, key).orElseThrow(() -> new AssertionError("no statement " + subject + " " + key
				+ " among " + extraction.statements().stream().map(s -> s.subject() + " " + s.key()).toList()));
	}

	/** Asserts one fact: its values (a subset is enough) and its line, and that its text is on that line. */
	private static void assertFact(Extraction extraction, String subject, String key, Map<String, Object> values,
			int line) {
		Statement statement = statement(extraction, subject, key);
		assertThat(statement.values()).as(subject + " " + key).containsAllEntriesOf(values);
		assertThat(statement.line()).as(subject + " " + key + " line").isEqualTo(line);
		assertThat(statement.text()).as(subject + " " + key + " text").isNotBlank();
	}

	private static List<String> services(Extraction extraction) {
		return extraction.statements().stream().filter(s -> s.fact() == FactKind.EXISTS).map(Statement::subject)
				.toList();
	}

	private static List<String> facts(Extraction extraction, String subject) {
		return extraction.statements().stream().filter(s -> s.subject().equals(subject)).map(Statement::key).toList();
	}

	private static Map<String, Object> rel(String type, String target) {
		return Map.of("type", type, "target", target);
	}

	@Nested
	class SeedNote {

		private final Extraction extraction = extractSeed();

		@Test
		void findsEachServiceExactlyOnce() {
			assertThat(services(extraction))
					.contains("docker", "ecs", "fargate", "ecr", "api-gateway", "lambda", "batch",
							"lightsail")
					.doesNotHaveDuplicates()
					.doesNotContain("summary", "batch-vs-lamnda", "batch-vs-lambda");
			assertThat(extraction.title()).isEqualTo("AWS Compute");
		}

		@Test
		void readsServerlessAndTimeLimits() {
			assertFact(extraction, "fargate", "serverless", Map.of("value", true), 7);
			assertFact(extraction, "lambda", "serverless", Map.of("value", true), 49);
			assertFact(extraction, "lambda", "timeLimit", Map.of("hasTimeLimit", true, "seconds", 900L), 33);
			assertFact(extraction, "batch", "timeLimit", Map.of("hasTimeLimit", false), 46);
			assertThat(statement(extraction, "lambda", "timeLimit").text())
					.contains("limited by time (up to 15 minutes)");
		}

		@Test
		void readsRelationshipsWithTheirLines() {
			assertFact(extraction, "ecr", "rel:STORES_IMAGES_FOR:ecs", rel("STORES_IMAGES_FOR", "ecs"), 24);
			assertFact(extraction, "ecr", "rel:STORES_IMAGES_FOR:fargate", rel("STORES_IMAGES_FOR", "fargate"), 24);
			assertFact(extraction, "batch", "rel:RUNS_ON:ecs", rel("RUNS_ON", "ecs"), 40);
			for (String target : List.of("ec2", "rds", "elb", "ebs", "route-53")) {
				assertFact(extraction, "lightsail", "rel:ALTERNATIVE_TO:" + target, rel("ALTERNATIVE_TO", target), 53);
			}
			assertFact(extraction, "ecs", "rel:INTEGRATES_WITH:alb", rel("INTEGRATES_WITH", "alb"), 16);
			assertFact(extraction, "lambda", "rel:MONITORED_BY:cloudwatch", rel("MONITORED_BY", "cloudwatch"), 33);
		}

		@Test
		void readsLightsailTraitsAndNegations() {
			assertFact(extraction, "lightsail", "trait:high-availability", Map.of("value", true), 53);
			assertFact(extraction, "lightsail", "trait:auto-scaling", Map.of("value", false), 53);
			assertFact(extraction, "lightsail", "pricing:fixed-monthly", Map.of("target", "fixed-monthly"), 11);
		}

		@Test
		void everyStatementHasALineWithinTheNote() {
			assertThat(extraction.statements()).allSatisfy(s -> {
				assertThat(s.line()).isBetween(1, 53);
				assertThat(s.text()).isNotBlank();
			});
		}

	}

	/** (a) Running text, no heading per service. */
	@Nested
	class ProseOnlyNote {

		private final Extraction extraction = extractResource("prose-only.md");

		@Test
		void readsFactsFromSentencesThatNameTheirService() {
			assertFact(extraction, "lambda", "serverless", Map.of("value", true), 5);
			assertFact(extraction, "lambda", "timeLimit", Map.of("hasTimeLimit", true, "seconds", 900L), 5);
			assertFact(extraction, "lambda", "rel:MONITORED_BY:cloudwatch", rel("MONITORED_BY", "cloudwatch"), 5);
			assertFact(extraction, "ecr", "rel:STORES_IMAGES_FOR:fargate", rel("STORES_IMAGES_FOR", "fargate"), 7);
			assertFact(extraction, "ecr", "rel:STORES_IMAGES_FOR:ecs", rel("STORES_IMAGES_FOR", "ecs"), 7);
			assertFact(extraction, "elastic-beanstalk", "rel:RUNS_ON:ec2", rel("RUNS_ON", "ec2"), 11);
			assertFact(extraction, "elastic-beanstalk", "rel:INTEGRATES_WITH:cloudwatch",
					rel("INTEGRATES_WITH", "cloudwatch"), 11);
		}

		@Test
		void aSentenceStartingWithAPronounIsAboutTheServiceBefore() {
			Statement pricing = statement(extraction, "lambda", "pricing:pay-per-request");
			assertThat(pricing.text()).startsWith("You pay per request");
			assertFact(extraction, "lambda", "trait:auto-scaling", Map.of("value", true), 5);
		}

		@Test
		void negationsGiveFalse() {
			assertFact(extraction, "ecs", "serverless", Map.of("value", false), 7);
			assertFact(extraction, "fargate", "serverless", Map.of("value", true), 7);
			assertFact(extraction, "fargate", "timeLimit", Map.of("hasTimeLimit", false), 7);
			assertFact(extraction, "lightsail", "trait:auto-scaling", Map.of("value", false), 11);
			assertThat(statement(extraction, "lightsail", "trait:auto-scaling").text())
					.startsWith("Lightsail doesn't have");
		}

		@Test
		void retentionVisibilityTimeoutAndBackupWindowsAreNoTimeLimits() {
			assertThat(find(extraction, "sqs", "timeLimit")).isEmpty();
			assertThat(find(extraction, "rds", "timeLimit")).isEmpty();
			assertFact(extraction, "sqs", "trait:message-retention", Map.of("value", true), 9);
			assertFact(extraction, "sqs", "trait:visibility-timeout", Map.of("value", true), 9);
			assertFact(extraction, "rds", "trait:automated-backups", Map.of("value", true), 9);
			// "Note that message retention is not a time limit …" is about no service
			assertThat(facts(extraction, "rds")).containsExactlyInAnyOrder("exists", "trait:automated-backups");
		}

		@Test
		void namesOnlyServices() {
			assertThat(services(extraction)).containsExactlyInAnyOrder("lambda", "cloudwatch", "ecr", "fargate", "ecs",
					"sqs",
					"rds", "lightsail", "elastic-beanstalk", "ec2");
			assertThat(extraction.title()).isEqualTo("Containers and functions on AWS");
		}

	}

	/** (b) A services table of contents, a reversed comparison table and a heading typo. */
	@Nested
	class TablesNote {

		private final Extraction extraction = extractResource("tables.md");

		@Test
		void aTableWhoseFirstColumnNamesServicesGivesEachRowItsFacts() {
			assertFact(extraction, "lambda", "serverless", Map.of("value", true), 7);
			assertFact(extraction, "lambda", "timeLimit", Map.of("hasTimeLimit", true, "seconds", 900L), 7);
			assertFact(extraction, "lambda", "rel:RUNS_ON:firecracker", rel("RUNS_ON", "firecracker"), 7);
			assertFact(extraction, "fargate", "serverless", Map.of("value", true), 8);
			assertFact(extraction, "fargate", "timeLimit", Map.of("hasTimeLimit", false), 8);
			assertFact(extraction, "ecs", "serverless", Map.of("value", false), 9);
			assertFact(extraction, "ecs", "timeLimit", Map.of("hasTimeLimit", false), 9);
			assertFact(extraction, "ecs", "rel:RUNS_ON:ec2", rel("RUNS_ON", "ec2"), 9);
			assertFact(extraction, "batch", "serverless", Map.of("value", false), 10);
			assertFact(extraction, "batch", "timeLimit", Map.of("hasTimeLimit", false), 10);
			assertFact(extraction, "batch", "rel:RUNS_ON:ecs", rel("RUNS_ON", "ecs"), 10);
			assertThat(statement(extraction, "lambda", "timeLimit").text())
					.isEqualTo("Lambda: Time limit — 15 minutes");
		}

		@Test
		void aComparisonTableWithALabelColumnGivesEachColumnItsFacts() {
			assertFact(extraction, "batch", "trait:auto-scaling", Map.of("value", true), 18);
			assertFact(extraction, "lambda", "trait:auto-scaling", Map.of("value", true), 18);
		}

		@Test
		void aHeaderCellWithAQualifierStillNamesItsService() {
			assertFact(extraction, "fargate", "pricing:pay-per-resource", Map.of("target", "pay-per-resource"), 27);
			assertFact(extraction, "ecs", "pricing:pay-per-resource", Map.of("target", "pay-per-resource"), 27);
			assertFact(extraction, "fargate", "rel:PART_OF:ecs", rel("PART_OF", "ecs"), 23);
		}

		@Test
		void comparisonHeadingsAndTableLabelsAreNotServices() {
			assertThat(services(extraction)).containsExactlyInAnyOrder("lambda", "firecracker", "fargate", "ecs", "ec2",
					"batch",
					"docker");
			assertThat(statement(extraction, "firecracker", "exists").values()).containsEntry("kind", "technology");
			assertThat(statement(extraction, "batch", "rel:RELATED_TO:docker").values()).containsEntry("via",
					"runtimes");
		}

	}

	/** (c) Front matter, ### sub-sections, bold-dash bullets, code and HTML. */
	@Nested
	class StudyGuideNote {

		private final Extraction extraction = extractResource("study-guide.md");

		@Test
		void frontMatterGivesTheTitleAndKeepsLineNumbers() {
			assertThat(extraction.title()).isEqualTo("Lambda study guide");
			assertFact(extraction, "lambda", "exists", Map.of("name", "Lambda"), 9);
			assertFact(extraction, "lambda", "serverless", Map.of("value", true), 11);
		}

		@Test
		void subSectionsBelongToTheirService() {
			assertFact(extraction, "lambda", "pricing:pay-per-request", Map.of("target", "pay-per-request"), 15);
			assertFact(extraction, "lambda", "pricing:pay-per-duration", Map.of("target", "pay-per-duration"), 15);
			assertFact(extraction, "lambda", "timeLimit", Map.of("hasTimeLimit", true, "seconds", 900L), 25);
			assertThat(statement(extraction, "lambda", "timeLimit").text())
					.isEqualTo("Maximum execution time is 15 minutes");
		}

		@Test
		void boldDashBulletsDescribeTheirService() {
			assertFact(extraction, "step-functions", "rel:RUNS:lambda", rel("RUNS", "lambda"), 20);
			assertFact(extraction, "api-gateway", "rel:INTEGRATES_WITH:cognito", rel("INTEGRATES_WITH", "cognito"), 21);
			assertThat(statement(extraction, "lambda", "exists").values()).containsEntry("summary",
					"runs code in response to S3 uploads, API Gateway calls or SQS messages");
		}

		@Test
		void codeBlocksHtmlAndTopicHeadingsYieldNothing() {
			assertThat(services(extraction)).containsExactlyInAnyOrder("lambda", "step-functions", "api-gateway",
					"cognito", "s3",
					"sqs");
			assertThat(statement(extraction, "lambda", "rel:RELATED_TO:s3").values())
					.containsEntry("via", "runs code in response to");
			assertThat(statement(extraction, "lambda", "rel:RELATED_TO:sqs").line()).isEqualTo(19);
			assertThat(extraction.statements()).allSatisfy(s -> assertThat(s.line()).isLessThan(29));
			assertThat(find(extraction, "lambda", "rel:RUNS_ON:ec2")).isEmpty();
			assertThat(find(extraction, "fargate", "exists")).isEmpty();
			assertThat(find(extraction, "ecs", "exists")).isEmpty();
			assertThat(statement(extraction, "lambda", "timeLimit").values()).containsEntry("hasTimeLimit", true);
		}

	}

	/** (d) Typos in names and phrases, and headings that are topics. */
	@Nested
	class TyposNote {

		private final Extraction extraction = extractResource("typos.md");

		@Test
		void misspelledNamesResolveToTheirService() {
			assertFact(extraction, "lambda", "serverless", Map.of("value", true), 5);
			assertFact(extraction, "fargate", "serverless", Map.of("value", true), 5);
			assertFact(extraction, "lambda", "timeLimit", Map.of("hasTimeLimit", true, "seconds", 900L), 9);
			assertFact(extraction, "fargate", "trait:auto-scaling", Map.of("value", true), 10);
		}

		@Test
		void misspelledPhrasesAndNegationsAreRead() {
			assertFact(extraction, "ec2", "serverless", Map.of("value", false), 11);
			assertFact(extraction, "ec2", "trait:auto-scaling", Map.of("value", false), 11);
			assertFact(extraction, "lightsail", "trait:high-availability", Map.of("value", false), 25);
			// "Auto Scaling group" is a name, not a claim that EC2 auto-scales
			assertThat(extraction.warnings()).noneMatch(w -> w.message().contains("'ec2'"));
		}

		@Test
		void aClauseWithItsOwnServiceIsAboutThatService() {
			assertFact(extraction, "batch", "timeLimit", Map.of("hasTimeLimit", false), 19);
			assertThat(extraction.warnings()).noneMatch(w -> w.message().contains("'batch'"));
		}

		@Test
		void topicHeadingsAreNotServicesAndAboutTheServiceTheyName() {
			assertFact(extraction, "lambda", "rel:MONITORED_BY:cloudwatch", rel("MONITORED_BY", "cloudwatch"), 15);
			assertFact(extraction, "lambda", "pricing:pay-per-request", Map.of("target", "pay-per-request"), 15);
			assertThat(services(extraction)).containsExactlyInAnyOrder("lambda", "fargate", "ec2", "cloudwatch",
					"batch",
					"lightsail", "ecs", "ec2-auto-scaling", "api-gateway");
			assertThat(statement(extraction, "ec2", "rel:RELATED_TO:ec2-auto-scaling").values())
					.containsEntry("via", "scalling unless you set up");
		}

		@Test
		void anIntegrationTimeoutIsNotAnExecutionTimeLimit() {
			assertThat(find(extraction, "api-gateway", "timeLimit")).isEmpty();
		}

	}

	/** (e) Services the vocabulary does not know, and capitalised words that are not services. */
	@Nested
	class NewServicesNote {

		private final Extraction extraction = extractResource("new-services.md");

		@Test
		void unknownServicesGetAnIdAndAKind() {
			assertFact(extraction, "bedrock", "exists", Map.of("name", "Bedrock", "kind", "service"), 7);
			assertFact(extraction, "app-mesh", "exists", Map.of("name", "App Mesh", "kind", "service"), 11);
			assertFact(extraction, "memorydb", "exists", Map.of("name", "MemoryDB", "kind", "service"), 23);
			assertFact(extraction, "cloudwatch-alarms", "exists",
					Map.of("name", "CloudWatch Alarms", "kind", "component"), 13);
			assertFact(extraction, "cloudwatch-alarms", "rel:PART_OF:cloudwatch", rel("PART_OF", "cloudwatch"), 13);
			assertFact(extraction, "x-ray", "exists", Map.of("name", "X-Ray"), 13);
		}

		@Test
		void readsTheirFacts() {
			assertFact(extraction, "bedrock", "serverless", Map.of("value", true), 9);
			assertFact(extraction, "bedrock", "trait:fully-managed", Map.of("value", true), 9);
			assertFact(extraction, "bedrock", "pricing:pay-per-request", Map.of("target", "pay-per-request"), 9);
			assertFact(extraction, "bedrock", "rel:INTEGRATES_WITH:lambda", rel("INTEGRATES_WITH", "lambda"), 9);
			assertFact(extraction, "bedrock", "rel:INTEGRATES_WITH:s3", rel("INTEGRATES_WITH", "s3"), 9);
			assertFact(extraction, "app-mesh", "rel:INTEGRATES_WITH:ecs", rel("INTEGRATES_WITH", "ecs"), 13);
			assertFact(extraction, "app-mesh", "rel:MONITORED_BY:cloudwatch-alarms",
					rel("MONITORED_BY", "cloudwatch-alarms"), 13);
			assertFact(extraction, "app-mesh", "rel:MONITORED_BY:x-ray", rel("MONITORED_BY", "x-ray"), 13);
			assertFact(extraction, "app-mesh", "rel:RUNS_ON:eks", rel("RUNS_ON", "eks"), 22);
			assertFact(extraction, "memorydb", "rel:ALTERNATIVE_TO:elasticache", rel("ALTERNATIVE_TO", "elasticache"),
					23);
		}

		@Test
		void genericCapitalisedWordsAreNotServices() {
			assertThat(services(extraction))
					.containsExactlyInAnyOrder("bedrock", "lambda", "s3", "app-mesh", "ecs", "eks",
							"cloudwatch-alarms", "cloudwatch", "x-ray", "memorydb", "elasticache")
					.doesNotContain("cold-starts", "key-points", "overview", "x");
			assertThat(extraction.warnings()).anyMatch(w -> w.line() == 24 && w.message().contains("Cold Starts"));
		}

	}

	@Nested
	class BadInput {

		@Test
		void aRaggedTableIsReadAsGfmReadsItWithAWarningNamingTheLine() {
			String note = "# T\n\n## Lambda\n\n| Feature | Lambda | Batch |\n|---|---|---|\n| Serverless | yes |\n"
					+ "| Time limit | 15 min | none | extra |\n";
			Extraction extraction = EXTRACTOR.extract("ragged.md", note);
			assertThat(extraction.warnings()).extracting(FactExtractor.Warning::line).contains(7, 8);
			assertThat(extraction.warnings()).filteredOn(w -> w.line() == 7)
					.singleElement()
					.satisfies(w -> assertThat(w.message()).contains("2 cells", "header on line 5 has 3",
							"missing cells empty"));
			assertThat(extraction.warnings()).filteredOn(w -> w.line() == 8)
					.singleElement()
					.satisfies(w -> assertThat(w.message()).contains("4 cells", "extra cells ignored"));
			assertThat(statement(extraction, "lambda", "serverless").values()).containsEntry("value", true);
			assertThat(statement(extraction, "lambda", "timeLimit").values()).containsEntry("seconds", 900L);
			assertThat(find(extraction, "batch", "serverless")).as("the missing cell is empty: says nothing").isEmpty();
			assertThat(statement(extraction, "batch", "timeLimit").values()).containsEntry("hasTimeLimit", false);
		}

		@Test
		void unclosedFrontMatterIsReadAsMarkdownWithAWarning() {
			Extraction extraction = EXTRACTOR.extract("open.md", "---\ntitle: x\n\n# Lambda\n\nLambda runs on EC2.\n");
			assertThat(extraction.warnings()).anySatisfy(w -> {
				assertThat(w.line()).isEqualTo(1);
				assertThat(w.message()).contains("no closing");
			});
			assertFact(extraction, "lambda", "rel:RUNS_ON:ec2", rel("RUNS_ON", "ec2"), 6);
		}

		@Test
		void malformedFrontMatterIsLeftOutWithAWarningNamingItsLine() {
			Extraction extraction = EXTRACTOR.extract("bad.md",
					"---\ntitle: x\ntags: [a, b\n---\n# Lambda\n\nLambda runs on EC2.\n");
			assertThat(extraction.warnings()).singleElement().satisfies(w -> {
				assertThat(w.line()).isBetween(2, 4);
				assertThat(w.message()).contains("not valid YAML");
			});
			assertThat(extraction.title()).as("its title is ignored with the rest").isEqualTo("Lambda");
			assertFact(extraction, "lambda", "rel:RUNS_ON:ec2", rel("RUNS_ON", "ec2"), 7);
		}

		@Test
		void anEmptyNoteStatesNothing() {
			Extraction extraction = EXTRACTOR.extract("empty.md", "");
			assertThat(extraction.statements()).isEmpty();
			assertThat(extraction.title()).isNull();
		}

	}

	@Nested
	class CheatSheetWithSetextHeadings {

		private final Extraction extraction = extractResource("lambda-blog.md");

		@Test
		void textNoSectionClaimsIsAboutTheServiceTheTitleNames() {
			assertThat(extraction.title()).isEqualTo("Lambda cheat-sheet");
			assertFact(extraction, "lambda", "exists", Map.of("name", "Lambda"), 4);
			assertFact(extraction, "lambda", "timeLimit", Map.of("hasTimeLimit", true, "seconds", 900L), 4);
			assertFact(extraction, "lambda", "pricing:pay-per-request", Map.of("target", "pay-per-request"), 5);
			assertFact(extraction, "lambda", "rel:MONITORED_BY:cloudwatch", rel("MONITORED_BY", "cloudwatch"), 15);
		}

		@Test
		void numberedItemsAndNamesWithSymbolsAreRead() {
			assertFact(extraction, "api-gateway", "rel:TRIGGERS:lambda", rel("TRIGGERS", "lambda"), 10);
			assertFact(extraction, "lambda-edge", "rel:RUNS_ON:cloudfront", rel("RUNS_ON", "cloudfront"), 14);
			assertThat(find(extraction, "lambda", "rel:RUNS_ON:cloudfront")).as("Lambda@Edge is not Lambda").isEmpty();
			assertThat(facts(extraction, "sqs")).as("a passive sentence states nothing of its grammatical subject")
					.containsExactly("exists");
			assertThat(statement(extraction, "lambda", "rel:RELATED_TO:sqs").values()).as("it is turned around")
					.containsEntry("via", "streams are polled by");
		}

	}

	@Nested
	class ExamNotesWithSharedHeadings {

		private final Extraction extraction = extractResource("saa-storage.md");

		@Test
		void aHeadingNamingTwoServicesIsNotANewService() {
			assertThat(services(extraction)).doesNotContain("rds-aurora", "ebs-vs-efs", "storage-classes")
					.contains("s3", "ebs", "efs", "dynamodb", "cloudfront");
		}

		@Test
		void somethingSaidNotToBeATimeLimitIsNone() {
			assertThat(extraction.statements()).noneMatch(s -> s.fact() == FactKind.TIME_LIMIT);
		}

		@Test
		void bulletsWithBoldNamesAndProseBothCount() {
			assertFact(extraction, "s3", "serverless", Map.of("value", true), 8);
			assertFact(extraction, "s3", "rel:INTEGRATES_WITH:cloudfront", rel("INTEGRATES_WITH", "cloudfront"), 9);
			assertFact(extraction, "efs", "trait:auto-scaling", Map.of("value", true), 14);
			assertFact(extraction, "dynamodb", "pricing:pay-per-request", Map.of("target", "pay-per-request"), 17);
		}

	}

	@Nested
	class LowerCaseNote {

		private final Extraction extraction = extractResource("lowercase.md");

		@Test
		void knownNamesCountWithoutCapitalsWhenTheWholeNoteIsLowerCase() {
			assertFact(extraction, "lambda", "serverless", Map.of("value", true), 3);
			assertFact(extraction, "lambda", "timeLimit", Map.of("hasTimeLimit", true, "seconds", 900L), 3);
			assertFact(extraction, "api-gateway", "rel:TRIGGERS:lambda", rel("TRIGGERS", "lambda"), 4);
			assertFact(extraction, "sqs", "rel:TRIGGERS:lambda", rel("TRIGGERS", "lambda"), 4);
			assertFact(extraction, "dynamodb", "rel:TRIGGERS:lambda", rel("TRIGGERS", "lambda"), 6);
		}

		@Test
		void butNotInANoteWrittenWithCapitals() {
			Extraction capitalised = EXTRACTOR.extract("mixed.md",
					"# Jobs\n\nWe run batch jobs on EC2 every night. The lambda calculus is not a service.\n");
			assertThat(services(capitalised)).doesNotContain("batch", "lambda");
		}

	}

	@Nested
	class NotionExport {

		private final Extraction extraction = extractResource("notion.md");

		@Test
		void emojiHeadingsCalloutsAndChecklistsAreRead() {
			assertFact(extraction, "ec2", "exists", Map.of("name", "EC2"), 6);
			assertFact(extraction, "ec2", "pricing:pay-per-duration", Map.of("target", "pay-per-duration"), 9);
			assertFact(extraction, "ec2", "timeLimit", Map.of("hasTimeLimit", false), 11);
		}

		@Test
		void aThreeColumnComparisonWithEmptyCornerAndEmojiAnswers() {
			assertFact(extraction, "ecs", "serverless", Map.of("value", false), 18);
			assertFact(extraction, "eks", "serverless", Map.of("value", false), 18);
			assertFact(extraction, "fargate", "serverless", Map.of("value", true), 18);
			assertFact(extraction, "fargate", "pricing:pay-per-resource", Map.of("target", "pay-per-resource"), 19);
			assertThat(services(extraction)).doesNotContain("containers-on-aws", "notes", "week-3-compute-services");
		}

		@Test
		void nestedNumberedItemsAreSentences() {
			assertFact(extraction, "eks", "rel:RUNS_ON:fargate", rel("RUNS_ON", "fargate"), 23);
			assertFact(extraction, "ecr", "rel:STORES_IMAGES_FOR:eks", rel("STORES_IMAGES_FOR", "eks"), 25);
		}

	}

	/** Names one character apart, and notes that no input may make slow or large. */
	@Nested
	class NamesAndBounds {

		@Test
		void namesThatDifferInADigitAreTwoServices() {
			Extraction extraction = EXTRACTOR.extract("graviton.md",
					"# Chips\n\n## Graviton2\n\nGraviton2 runs on EC2.\n\n## Graviton3\n\nGraviton3 runs on ECS.\n");
			assertThat(services(extraction)).contains("graviton2", "graviton3");
			assertThat(find(extraction, "graviton3", "rel:RUNS_ON:ecs")).isPresent();
			assertThat(find(extraction, "graviton2", "rel:RUNS_ON:ecs")).isEmpty();
		}

		@Test
		void tenThousandNumberedHeadingsAreTenThousandNames() {
			StringBuilder note = new StringBuilder("# Many\n\n");
			for (int i = 1; i <= 10_000; i++) {
				note.append("## AWS Service").append(i).append("\n\nAWS Service").append(i).append(" runs on EC2.\n\n");
			}
			Extraction extraction = EXTRACTOR.extract("many.md", note.toString());
			assertThat(services(extraction)).hasSize(10_001);
		}

		@Test
		void aHeadingOfPunctuationAloneNamesNothing() {
			// found by NoteParserPropertyTests: a heading whose name part has no word threw
			for (String note : List.of("|(| a | b |) --- ", "|(| a | b |)\n---\n", "## (|)\n\nLambda runs on EC2.\n")) {
				Extraction extraction = EXTRACTOR.extract("punctuation.md", note);
				assertThat(services(extraction)).as(note).doesNotContain("");
			}
		}

		@Test
		void aNoteOfThousandsOfUnknownNamesListsAHundredWarningsAndCountsTheRest() {
			StringBuilder note = new StringBuilder("# Many\n\n");
			for (int i = 1; i <= 300; i++) {
				note.append("## Widget").append(i).append(" Hub\n\nWidget").append(i).append(" Hub runs on EC2.\n\n");
			}
			Extraction extraction = EXTRACTOR.extract("many.md", note.toString());
			assertThat(services(extraction)).hasSize(301);
			assertThat(extraction.warnings()).hasSize(101);
			assertThat(extraction.warnings().get(100).message()).startsWith("and 200 more warnings like these");
		}

		@Test
		void aOneMegabyteSentenceIsReadInPiecesAndItsFactsStaySmall() {
			StringBuilder sentence = new StringBuilder("Lambda runs on Firecracker");
			while (sentence.length() < 1_000_000) {
				sentence.append(" and integrates with SQS while the words go on");
			}
			Extraction extraction = EXTRACTOR.extract("long.md", "# Long\n\n" + sentence + ".\n");
			assertThat(statement(extraction, "lambda", "rel:RUNS_ON:firecracker").line()).isEqualTo(3);
			assertThat(extraction.statements()).allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(410));
		}

	}

}
