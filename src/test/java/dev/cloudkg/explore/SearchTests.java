package dev.cloudkg.explore;

import java.util.List;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.GraphQlClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code search(text, first)} on the seed graph. */
@CloudKgTest
class SearchTests {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.to(port);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({"Lamnda, lambda", "fargat, fargate", "virtual functions, lambda", "docker registry, ecr",
			"Elastic Container Registry, ecr", "cloud watch, cloudwatch"})
	void theBestHitIsTheServiceMeantEvenWithTypos(String text, String id) {
		SearchHitView top = hits(text, 5).get(0);
		assertThat(top.service().id()).isEqualTo(id);
		assertThat(top.note()).isNull();
		assertThat(top.line()).isNull();
	}

	@Test
	void serviceHitsComeBeforeSentenceHitsAndSentencesNameTheirSource() {
		List<SearchHitView> hits = hits("Lamnda", 5);
		assertThat(hits).extracting(h -> h.service().id()).containsOnly("lambda");
		assertThat(hits.get(0).snippet()).isEqualTo(
				"Runs code as functions on demand (FaaS), scaling automatically; each invocation is limited to 15 minutes.");
		assertThat(hits.subList(1, hits.size())).allSatisfy(hit -> {
			assertThat(hit.note().id()).isIn("facts/aws-compute", "aws-compute");
			assertThat(hit.line()).isPositive();
			assertThat(hit.snippet()).contains("Lambda");
		});
	}

	@Test
	void dockerRegistryRanksEcrAboveDocker() {
		assertThat(hits("docker registry", 2)).extracting(h -> h.service().id()).containsExactly("ecr", "docker");
	}

	@ParameterizedTest
	@ValueSource(strings = {"(a:b", "*", "~", "\"", "lambda~2^9 OR name:*", "AND", "[0 TO 9]", "\\", "ec2 && !ecs"})
	void luceneSyntaxInTheTextIsNeverAnError(String text) {
		graphQl.documentName("search").variable("text", text).execute().path("search").hasValue();
	}

	@Test
	void textWithoutWordsFindsNothing() {
		assertThat(hits("*~?", 10)).isEmpty();
	}

	@Test
	void firstLimitsTheHits() {
		assertThat(hits("ec2", 3)).hasSize(3);
	}

	private List<SearchHitView> hits(String text, int first) {
		return graphQl.documentName("search").variable("text", text).variable("first", first).execute().path("search")
				.entityList(SearchHitView.class).get();
	}

	record SearchHitView(double score, String snippet, Id service, Id note, Integer line) {
	}

	record Id(String id) {
	}

}
