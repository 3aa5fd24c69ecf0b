package dev.cloudkg.notes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.GraphQlClient;
import dev.cloudkg.graph.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing, re-importing, editing and deleting notes through the GraphQL API and HTTP, on the full seed graph. */
@CloudKgTest
class ImportNoteTests {

	@LocalServerPort
	int port;

	@Autowired
	Graph graph;

	@Autowired
	NoteImporter importer;

	HttpGraphQlTester graphQl;

	final List<String> imported = new ArrayList<>();

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.to(port);
	}

	@AfterEach
	void removeTestNotes() {
		imported.stream().filter(id -> !id.startsWith("facts/") && !id.contains("..")).forEach(importer::deleteNote);
	}

	@Test
	void aProseNoteGivesFactsToTheServicesItsSentencesStartWith() throws IOException {
		importNote("prose", note("serverless-prose.md"), false).path("importNote.changed").entity(Boolean.class)
				.isEqualTo(true);

		GraphQlTester.Response stepFunctions = facts("step-functions");
		stepFunctions.path("service.serverless").entity(Boolean.class).isEqualTo(true);
		stepFunctions.path("service.relations[?(@.type == 'INTEGRATES_WITH')].service.id").entityList(String.class)
				.contains("lambda", "sqs").hasSize(2);
		stepFunctions.path("service.relations[?(@.service.id == 'sqs')].sources[*].line").entityList(Integer.class)
				.containsExactly(4);
		stepFunctions.path("service.relations[?(@.service.id == 'sqs')].sources[*].text").entityList(String.class)
				.containsExactly("AWS Step Functions is serverless and integrates with Lambda and SQS.");

		GraphQlTester.Response dynamo = facts("dynamodb");
		dynamo.path("service.serverless").entity(Boolean.class).isEqualTo(true);
		dynamo.path("service.pricing[*].id").entityList(String.class).containsExactly("pay-per-request");
		dynamo.path("service.traits[?(@.trait.id == 'high-availability')].value").entityList(Boolean.class)
				.containsExactly(true);

		GraphQlTester.Response sqs = facts("sqs");
		sqs.path("service.traits[*].trait.id").entityList(String.class).contains("fully-managed");
		sqs.path("service.hasTimeLimit").valueIsNull();
	}

	@Test
	void tablesGiveEachServiceItsRowOrColumnAndHtmlStatesNothing() throws IOException {
		importNote("containers", note("containers-cheat-sheet.md"), false);

		GraphQlTester.Response appRunner = facts("app-runner");
		appRunner.path("service.serverless").entity(Boolean.class).isEqualTo(true);
		appRunner.path("service.hasTimeLimit").entity(Boolean.class).isEqualTo(false);
		appRunner.path("service.relations").entityList(Object.class).hasSize(0);
		GraphQlTester.Response eks = facts("eks");
		eks.path("service.serverless").entity(Boolean.class).isEqualTo(false);
		eks.path("service.relations").entityList(Object.class).hasSize(0);
		facts("lambda").path("service.serverless").entity(Boolean.class).isEqualTo(true)
				.path("service.sources[?(@.note.id == 'containers')].text").entityList(String.class)
				.contains("Lambda: Time limit — 15 minutes", "Lambda: Pricing — pay per request");
		facts("fargate").path("service.sources[?(@.note.id == 'containers')].line").entityList(Integer.class)
				.contains(12);

		List<String> ids = graphQl.documentName("allServiceIds").execute().path("services.nodes[*].id")
				.entityList(String.class).get();
		assertThat(ids).doesNotContain("fargte-vs-lamnda", "service", "feature", "time-limit");
	}

	@Test
	void disagreeingSourcesAreAConflictAndCuratedFactsWin() throws IOException {
		importNote("lambda-limits", note("lambda-limits.md"), false).path("importNote.note.title").entity(String.class)
				.isEqualTo("Lambda deep dive");

		GraphQlTester.Response lambda = facts("lambda");
		lambda.path("service.timeLimitSeconds").entity(Integer.class).isEqualTo(900);
		lambda.path("service.conflicts[*].fact").entityList(String.class).containsExactly("timeLimit");
		lambda.path("service.conflicts[0].chosen").entity(String.class).isEqualTo("15 minutes");
		lambda.path("service.conflicts[0].values[*].value").entityList(String.class).containsExactly("15 minutes",
				"10 minutes");
		lambda.path("service.conflicts[0].values[1].sources[*].note.id").entityList(String.class)
				.containsExactly("lambda-limits");
		lambda.path("service.conflicts[0].values[1].sources[*].line").entityList(Integer.class).containsExactly(11);

		importer.deleteNote("lambda-limits");
		facts("lambda").path("service.conflicts").entityList(Object.class).hasSize(0);
	}

	@Test
	void importingTheSameNoteTwiceChangesNothing() throws IOException {
		importNote("prose", note("serverless-prose.md"), false);
		Map<String, Long> once = counts();
		importNote("prose", note("serverless-prose.md"), false)
				.path("importNote.changed").entity(Boolean.class).isEqualTo(false)
				.path("importNote.created").entityList(Object.class).hasSize(0)
				.path("importNote.retracted").entityList(Object.class).hasSize(0);
		assertThat(counts()).isEqualTo(once);
		facts("step-functions").path("service.relations[?(@.service.id == 'lambda')].sources[*].line")
				.entityList(Integer.class).containsExactly(4);
	}

	@Test
	void editingANoteRetractsExactlyWhatOnlyItStated() {
		Map<String, Long> before = counts();
		String first = "# Streams\n\nAmazon Kinesis runs on EC2 and integrates with Lambda.\n"
				+ "AWS Lambda is serverless and can be monitored through CloudWatch.\n";
		importNote("streams", first, false).path("importNote.created[*].description").entityList(String.class)
				.contains("RUNS_ON ec2", "INTEGRATES_WITH lambda", "serverless: true", "MONITORED_BY cloudwatch");

		String edited = "# Streams\n\nAmazon Kinesis integrates with Lambda.\n";
		GraphQlTester.Response report = importNote("streams", edited, false);
		report.path("importNote.retracted[*].description").entityList(String.class)
				.contains("RUNS_ON ec2", "serverless: true", "MONITORED_BY cloudwatch")
				.doesNotContain("INTEGRATES_WITH lambda");
		report.path("importNote.created").entityList(Object.class).hasSize(0);

		facts("kinesis").path("service.relations[*].type").entityList(String.class).containsExactly("INTEGRATES_WITH");
		GraphQlTester.Response lambda = facts("lambda");
		lambda.path("service.serverless").entity(Boolean.class).isEqualTo(true);
		lambda.path("service.relations[?(@.type == 'MONITORED_BY')].sources[*].note.id").entityList(String.class)
				.doesNotContain("streams").contains("facts/aws-compute");

		graphQl.documentName("deleteNote").variable("id", "streams").execute()
				.path("deleteNote.deleted").entity(Boolean.class).isEqualTo(true)
				.path("deleteNote.retracted[*].description").entityList(String.class)
				.contains("INTEGRATES_WITH lambda");
		graphQl.document("{ service(id: \"kinesis\") { id } }").execute().path("service").valueIsNull();
		assertThat(counts()).isEqualTo(before);
		graphQl.documentName("deleteNote").variable("id", "streams").execute()
				.path("deleteNote.deleted").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aDryRunReportsWithoutWriting() throws IOException {
		Map<String, Long> before = counts();
		importNote("dry", note("serverless-prose.md"), true)
				.path("importNote.dryRun").entity(Boolean.class).isEqualTo(true)
				.path("importNote.changed").entity(Boolean.class).isEqualTo(false)
				.path("importNote.note").valueIsNull()
				.path("importNote.created[*].description").entityList(String.class).contains("INTEGRATES_WITH sqs");
		assertThat(counts()).isEqualTo(before);
		graphQl.document("{ note(id: \"dry\") { id } }").execute().path("note").valueIsNull();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			empty                  | ''                                                        | 1
			blank                  | '   \\n\\n  '                                              | 1
			binary                 | '# Ok\\n\\nfine\\n\\u0000\\u0001PNG'                       | 4
			""")
	void aBadNoteIsRefusedWithItsLineAndChangesNothing(String what, String escaped, int line) {
		String good = "# Streams\n\nAmazon Kinesis runs on EC2.\n";
		importNote("bad", good, false);
		Map<String, Long> before = counts();
		String markdown = unescape(escaped);
		importNoteRaw("bad", markdown).errors().satisfy(errors -> {
			assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).as(what).startsWith("bad:" + line + ": ");
			});
		});
		assertThat(counts()).isEqualTo(before);
		facts("kinesis").path("service.relations[*].service.id").entityList(String.class).containsExactly("ec2");
	}

	/** GitHub and Obsidian render these notes (a rule and text, or a broken properties block), so they import. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			unclosed front matter  | '---\\ntitle: x\\n\\n## Kinesis Video Streams\\n\\nKinesis Video Streams runs on EC2.\\n' | 1 | no closing
			front matter not YAML  | '---\\ntitle: [unclosed\\n---\\n## Kinesis Video Streams\\n\\nKinesis Video Streams runs on EC2.\\n' | 3 | not valid YAML
			front matter not a map | '---\\n- a\\n- b\\n---\\n## Kinesis Video Streams\\n\\nKinesis Video Streams runs on EC2.\\n' | 2 | not a map
			""")
	void brokenFrontMatterImportsAsNoteAppsRenderItWithAWarningNamingTheLine(String what, String escaped, int line,
			String says) {
		imported.add("front");
		importNote("front", unescape(escaped), false).path("importNote.changed").entity(Boolean.class).isEqualTo(true)
				.path("importNote.warnings[?(@.line == " + line + ")].message").entityList(String.class)
				.satisfies(messages -> assertThat(messages).as(what).singleElement().asString().contains(says));
		facts("kinesis-video-streams").path("service.relations[*].service.id").entityList(String.class)
				.containsExactly("ec2");
	}

	@Test
	void aRaggedTableImportsAsGitHubRendersItWithAWarningNamingTheLine() {
		String markdown = "# Queues\n\n| Feature | SQS | SNS |\n|---|---|---|\n| Serverless | Yes |\n";
		importNote("ragged", markdown, false).path("importNote.changed").entity(Boolean.class).isEqualTo(true)
				.path("importNote.warnings[?(@.line == 5)].message").entityList(String.class)
				.satisfies(messages -> assertThat(messages).singleElement().asString().contains("2 cells",
						"missing cells empty"));
		facts("sqs").path("service.serverless").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void aNoteOverTheSizeLimitIsRefused() {
		Map<String, Long> before = counts();
		String huge = "# Big\n\n" + "Lambda is serverless. ".repeat(50_000);
		importNoteRaw("big", huge).errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("cloudkg.notes.max-size")));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void reservedAndMalformedIdsAreRefused() {
		importNoteRaw("facts/aws-compute", "# x\n\nLambda is serverless.\n").errors()
				.satisfy(errors -> assertThat(errors).singleElement()
						.satisfies(e -> assertThat(e.getMessage()).contains("curated")));
		importNoteRaw("../etc/passwd", "# x\n").errors()
				.satisfy(errors -> assertThat(errors).singleElement()
						.satisfies(e -> assertThat(e.getMessage()).contains("note id")));
	}

	@Test
	void notesComeInOverHttpAsMarkdown() throws Exception {
		imported.add("uploads/streams");
		HttpClient http = HttpClient.newHttpClient();
		byte[] markdown = "# Streams\n\nAmazon Kinesis runs on EC2.\n".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> created = http.send(post("/notes/uploads/streams", markdown),
				HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(created.body()).contains("\"noteId\":\"uploads/streams\"", "\"description\":\"RUNS_ON ec2\"");
		facts("kinesis").path("service.sources[*].note.id").entityList(String.class).contains("uploads/streams");

		byte[] latin1 = "# Caf\u00e9\n\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1);
		HttpResponse<String> refused = http.send(post("/notes/uploads/latin1", latin1),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("not valid UTF-8", "\"line\":1");

		HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(uri("/notes/uploads/streams")).DELETE().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(deleted.statusCode()).isEqualTo(200);
		assertThat(deleted.body()).contains("RUNS_ON ec2");
		HttpResponse<String> again = http.send(HttpRequest.newBuilder(uri("/notes/uploads/streams")).DELETE().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(404);
	}

	private HttpRequest post(String path, byte[] body) {
		return HttpRequest.newBuilder(uri(path)).header("Content-Type", "text/markdown")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private GraphQlTester.Response importNote(String id, String markdown, boolean dryRun) {
		imported.add(id);
		GraphQlTester.Response response = graphQl.documentName("importNote").variable("id", id)
				.variable("markdown", markdown)
				.variable("dryRun", dryRun).execute();
		response.errors().verify();
		return response;
	}

	private GraphQlTester.Response importNoteRaw(String id, String markdown) {
		imported.add(id);
		return graphQl.documentName("importNote").variable("id", id).variable("markdown", markdown).execute();
	}

	private GraphQlTester.Response facts(String id) {
		GraphQlTester.Response response = graphQl.documentName("serviceFacts").variable("id", id).execute();
		response.errors().verify();
		return response;
	}

	static String note(String name) throws IOException {
		return Files.readString(Path.of("src/test/resources/import-notes/" + name));
	}

	/** The graph as it is now; what history keeps (past statements, versions) grows by design. */
	private Map<String, Long> counts() {
		var row = graph.read("""
				MATCH (n) WHERE NOT n:PastStatement AND NOT n:NoteVersion WITH count(n) AS nodes
				MATCH ()-[r]->() WITH nodes, count(r) AS relationships
				MATCH ()-[st:STATES]->() RETURN nodes, relationships, count(st) AS statements""", Map.of()).get(0);
		return Map.of("nodes", row.get("nodes").asLong(), "relationships", row.get("relationships").asLong(),
				"statements",
				row.get("statements").asLong());
	}

	private static String unescape(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				char next = text.charAt(++i);
				if (next == 'n') {
					out.append('\n');
				}
				else if (next == 'u') {
					out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
					i += 4;
				}
				else {
					out.append(next);
				}
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
