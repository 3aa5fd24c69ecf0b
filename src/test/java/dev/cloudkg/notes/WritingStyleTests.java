package dev.cloudkg.notes;

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

/**
 * Rules about how people write, each on a small note of its own: what the rule extracts, and what it leaves
 * alone. The extractor reads with the cloud catalogue, as the service does.
 */
class WritingStyleTests {

	private static final FactExtractor EXTRACTOR = new FactExtractor(Vocabulary.load(Path.of("graph-seed")));

	private static Extraction extract(String markdown) {
		return EXTRACTOR.extract("note.md", markdown);
	}

	private static Optional<Statement> find(Extraction extraction, String subject, String key) {
		return extraction.statements().stream().filter(s -> s.subject().equals(subject) && s.key().equals(key))
				.findFirst();
	}

	private static Map<String, Object> values(Extraction extraction, String subject, String key) {
		return find(extraction, subject, key)
				.orElseThrow(() -> new AssertionError("no " + subject + " " + key + " among "
						+ extraction.statements().stream().map(s -> s.subject() + " " + s.key() + " " + s.values())
								.toList()))
				.values();
	}

	private static List<String> services(Extraction extraction) {
		return extraction.statements()
				.stream()
				.filter(s -> s.fact() == FactKind.EXISTS && !"concept".equals(s.values().get("kind")))
				.map(Statement::subject)
				.toList();
	}

	@Nested
	class Clauses {

		@Test
		void aPhraseIsAboutTheServiceItsOwnClauseStartsWith() {
			Extraction extraction = extract(
					"# Warehouses\n\n- Redshift → BigQuery (but BigQuery is serverless, no cluster to size)\n");
			assertThat(values(extraction, "bigquery", "serverless")).containsEntry("value", true);
			assertThat(find(extraction, "redshift", "serverless")).isEmpty();
		}

		@Test
		void aListStillLeadsItsSentence() {
			Extraction extraction = extract("# Compute\n\nLambda, Fargate and App Runner are serverless.\n");
			for (String id : List.of("lambda", "fargate", "app-runner")) {
				assertThat(values(extraction, id, "serverless")).as(id).containsEntry("value", true);
			}
		}

		@Test
		void aRelativeClauseIsAboutTheListBeforeItAndNeitherDeniesIt() {
			Extraction extraction = extract(
					"# Lambda\n\nIf the job needs more than 15 minutes, look at Fargate or AWS Batch, "
							+ "neither of which has a maximum run time.\n\nECS, which runs on EC2, is not serverless.\n");
			assertThat(values(extraction, "fargate", "timeLimit")).containsEntry("hasTimeLimit", false);
			assertThat(values(extraction, "batch", "timeLimit")).containsEntry("hasTimeLimit", false);
			assertThat(find(extraction, "lambda", "timeLimit")).isEmpty();
			assertThat(values(extraction, "ecs", "rel:RUNS_ON:ec2")).containsEntry("target", "ec2");
		}

		@Test
		void aClauseWithoutItsVerbRepeatsTheLimitWithItsOwnDuration() {
			Extraction extraction = extract(
					"# Functions\n\nCloud Functions stop after 9 minutes, Lambda after 15 minutes.\n\n"
							+ "Lambda has a 15-minute limit, Batch none.\n\nLambda times out after 15 minutes, and Step Functions "
							+ "orchestrates it.\n");
			assertThat(values(extraction, "cloud-functions", "timeLimit")).containsEntry("seconds", 540L);
			assertThat(values(extraction, "lambda", "timeLimit")).containsEntry("seconds", 900L);
			assertThat(values(extraction, "batch", "timeLimit")).containsEntry("hasTimeLimit", false);
			// a clause with a verb of its own is no gap
			assertThat(find(extraction, "step-functions", "timeLimit")).isEmpty();
		}

		@Test
		void aDeterminerBeforeTheSubjectIsNotPartOfIt() {
			Extraction extraction = extract(
					"# Azure\n\n- An Azure Functions app on the Consumption plan is cut off at 10 minutes.\n");
			assertThat(values(extraction, "azure-functions", "timeLimit")).containsEntry("seconds", 600L);
		}

		@Test
		void aThingOnAServiceIsAboutTheService() {
			Extraction extraction = extract("# ECS\n\n- tasks on Fargate can run as long as you like\n");
			assertThat(values(extraction, "fargate", "timeLimit")).containsEntry("hasTimeLimit", false);
			assertThat(find(extraction, "ecs", "timeLimit")).isEmpty();
		}

		@Test
		void aPossessiveDurationInASentenceAboutLimitsIsThatServicesLimit() {
			Extraction extraction = extract("# Fargate\n\nThere is no time limit like Lambda's 15 minutes.\n\n"
					+ "SQS's 14 days are worth knowing.\n");
			assertThat(values(extraction, "lambda", "timeLimit")).containsEntry("seconds", 900L);
			assertThat(values(extraction, "fargate", "timeLimit")).containsEntry("hasTimeLimit", false);
			// no limit phrase in the sentence: a possessive duration alone states nothing
			assertThat(find(extraction, "sqs", "timeLimit")).isEmpty();
		}

	}

	@Nested
	class Durations {

		@Test
		void aTraitOwnsOnlyADurationRightBesideIt() {
			Extraction extraction = extract(
					"# Two services\n\nSQS keeps messages for up to 14 days.\n\n## App Engine\n\n"
							+ "- with automatic scaling a request on Standard must finish within 10 minutes\n");
			assertThat(find(extraction, "sqs", "timeLimit")).isEmpty();
			assertThat(values(extraction, "app-engine", "timeLimit")).containsEntry("seconds", 600L);
			assertThat(values(extraction, "app-engine", "trait:auto-scaling")).containsEntry("value", true);
		}

		@Test
		void aNumberThatIsNoDurationMakesNoFactNorANewService() {
			Extraction extraction = extract(
					"# DynamoDB\n\n## Transactions\n\n- TransactWriteItems: all or nothing across up to "
							+ "100 items\n");
			assertThat(services(extraction)).doesNotContain("transactwriteitems");
			assertThat(extraction.statements()).noneMatch(s -> s.fact() == FactKind.TIME_LIMIT);
		}

		@Test
		void aDurationSaidNotToBeALimitIsNone() {
			Extraction extraction = extract("# RDS\n\n- Backups retained up to 35 days (not a time limit!)\n");
			assertThat(extraction.statements()).noneMatch(s -> s.fact() == FactKind.TIME_LIMIT);
		}

	}

	@Nested
	class RunningSubject {

		@Test
		void aSentenceNamingNoServiceGoesOnAboutTheOneBefore() {
			Extraction extraction = extract(
					"# Architecture\n\n## Long workflows\n\nStep Functions orchestrates the Lambdas. "
							+ "Standard workflows can run for up to a year.\nNote that a retention period is not a time limit.\n");
			assertThat(values(extraction, "step-functions", "timeLimit")).containsEntry("seconds", 31_536_000L);
			assertThat(find(extraction, "step-functions", "trait:message-retention")).isEmpty();
		}

		@Test
		void theOnlyServiceASentenceNamesIsWhatItsItMeans() {
			Extraction extraction = extract(
					"# Migration\n\n## Why not only Functions\n\nOur first try was Azure Functions on the "
							+ "Consumption plan. It was stopped after 10 minutes.\n\n## Now\n\n- The export is a job in Azure Container "
							+ "Apps. It is serverless: no VMs.\n");
			assertThat(values(extraction, "azure-functions", "timeLimit")).containsEntry("seconds", 600L);
			assertThat(values(extraction, "azure-container-apps", "serverless")).containsEntry("value", true);
		}

		@Test
		void anItemNamingNoServiceGoesOnAboutTheItemBeforeWhereTheHeadingNamesNone() {
			Extraction extraction = extract(
					"# Azure\n\n## Triggers worth remembering\n\n- Azure Functions are triggered by Event "
							+ "Grid\n- a queue-triggered function has the 10 minute cap\n\n## RDS / Aurora\n\n- Aurora has read replicas\n"
							+ "- Multi-AZ for high availability\n");
			assertThat(values(extraction, "azure-functions", "timeLimit")).containsEntry("seconds", 600L);
			// a heading that names services says whom its items are about: not the item before
			assertThat(find(extraction, "aurora", "trait:high-availability")).isEmpty();
		}

	}

	@Nested
	class NamesAsWritten {

		@Test
		void aSmallWordBeforeAnAcronymStillNamesTheService() {
			Extraction extraction = extract(
					"# Compute Engine\n\n- Spot VMs are cheaper; preemptible VMs were capped at 24 hours\n");
			assertThat(values(extraction, "preemptible-vms", "timeLimit")).containsEntry("seconds", 86_400L);
			assertThat(find(extraction, "spot-vms", "timeLimit")).isEmpty();
			// a small word alone is no name: "cloud storage" in a capitalised note is everyday words
			assertThat(services(extraction)).doesNotContain("cloud-storage");
		}

		@Test
		void aNameTheNoteWritesInLowerCaseOnItsOwnLineCountsInItsProse() {
			Extraction extraction = extract("gcp notes\n\ndataflow\n- beam runner, batch + streaming\n\nbigquery\n"
					+ "- streaming inserts from dataflow\n\n## AWS Config\n- rules mark resources compliant\n\nparameter store\n"
					+ "- config + secrets, integrates with kms\n");
			assertThat(find(extraction, "bigquery", "rel:RELATED_TO:dataflow")).isPresent();
			// "## AWS Config" is capitalised: the note's lower-case "config" is the everyday word
			assertThat(find(extraction, "config", "rel:INTEGRATES_WITH:kms")).isEmpty();
			assertThat(find(extraction, "parameter-store", "rel:INTEGRATES_WITH:kms")).isPresent();
		}

		@Test
		void aResourceInsideAServiceIsAConceptNotAService() {
			Extraction extraction = extract(
					"# EC2\n\n- AMI: the image an instance boots from\n- Elastic IP: a static address\n"
							+ "- ALB: a load balancer in front of EC2\n");
			assertThat(values(extraction, "ami", "exists")).containsEntry("kind", "concept");
			assertThat(values(extraction, "elastic-ip", "exists")).containsEntry("kind", "concept");
			assertThat(services(extraction)).contains("ec2", "alb").doesNotContain("ami", "elastic-ip");
		}

	}

}
