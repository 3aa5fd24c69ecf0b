package dev.cloudkg.notes;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.graph.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * History: a note edited three times and deleted, and the graph asked {@code asOf} each time in between answers
 * exactly what it answered then (compared with what it said at the time, not with expectations written here).
 */
@CloudKgTest
class HistoryTests {

	/** A note of its own per test: history outlives a delete. */
	private final String NOTE = "history-test/streams-" + java.util.UUID.randomUUID();

	/** Everything a service shows, sources included. */
	private static final String SERVICE = """
			id name fullName aliases kind category provider summary serverless hasTimeLimit timeLimitSeconds timeLimit
			pricing { id name } traits { trait { id } value sources { note { id } line text } }
			relations(direction: BOTH) { type direction via service { id name serverless }
			  sources { note { id title } line text fact } }
			sources { note { id title kind path } line text fact } mentionedIn { id title } conflicts { fact chosen }""";

	private static final List<String> VERSIONS = List.of("""
			# Streams

			Amazon Kinesis runs on EC2.

			Amazon Kinesis is serverless.

			Amazon Kinesis Video Streams runs on EC2.
			""", """
			# Streams, second draft

			Amazon Kinesis runs on ECS.

			Amazon Kinesis is serverless.
			""", """
			# Streams, second draft

			Amazon Kinesis runs on ECS.

			Amazon Kinesis is serverless and has a time limit of 10 minutes.
			""");

	@LocalServerPort
	int port;

	@Autowired
	NoteImporter importer;

	@Autowired
	Graph graph;

	@AfterEach
	void removeTheNote() {
		importer.deleteNote(NOTE);
	}

	@Test
	void asOfEachTimeInBetweenAnswersWhatTheGraphSaidThenAndImportHistoryListsEveryChange() throws Exception {
		List<OffsetDateTime> times = new ArrayList<>();
		List<Object> kinesis = new ArrayList<>();
		List<Object> listed = new ArrayList<>();
		List<Map<String, Object>> reports = new ArrayList<>();
		OffsetDateTime before = now();
		for (String markdown : VERSIONS) {
			Map<String, Object> report = data(post("mutation($md: String!) { importNote(input: {id: \"" + NOTE
					+ "\", markdown: $md}) { changed facts created { service fact description line }"
					+ " updated { service fact description line } retracted { service fact description line } } }",
					Map.of("md", markdown)));
			reports.add(map(report.get("importNote")));
			assertThat(map(report.get("importNote"))).containsEntry("changed", true);
			times.add(now());
			kinesis.add(data(post("{ service(id: \"kinesis\") { " + SERVICE + " } }", Map.of())).get("service"));
			listed.add(data(post(listQuery(null), Map.of())).get("services"));
		}
		importer.deleteNote(NOTE);
		OffsetDateTime deleted = now();
		assertThat(data(post("{ service(id: \"kinesis\") { id } }", Map.of())).get("service")).isNull();

		// three different versions, so that matching each one means something
		assertThat(kinesis).doesNotHaveDuplicates().doesNotContainNull();
		assertThat(listed).doesNotHaveDuplicates();
		for (int i = 0; i < VERSIONS.size(); i++) {
			String at = times.get(i).toString();
			assertThat(data(post("{ service(id: \"kinesis\", asOf: \"" + at + "\") { " + SERVICE + " } }", Map.of()))
					.get("service")).as("Kinesis as of version %d", i + 1).isEqualTo(kinesis.get(i));
			assertThat(data(post(listQuery(at), Map.of())).get("services")).as("the note's services as of version %d",
					i + 1).isEqualTo(listed.get(i));
		}
		// before the first version there was no Kinesis; after the delete there is none either
		assertThat(data(post("{ service(id: \"kinesis\", asOf: \"" + before + "\") { id } }", Map.of())).get("service"))
				.isNull();
		assertThat(data(post("{ service(id: \"kinesis\", asOf: \"" + deleted + "\") { id } }", Map.of()))
				.get("service")).isNull();

		Map<String, Object> history = map(data(post("{ importHistory(noteId: \"" + NOTE + "\") { totalCount"
				+ " nodes { deleted facts title importedAt created { service fact description line }"
				+ " updated { service fact description line } retracted { service fact description line } } } }",
				Map.of())).get("importHistory"));
		assertThat(history).containsEntry("totalCount", 4);
		List<Map<String, Object>> nodes = list(history.get("nodes"));
		assertThat(nodes).extracting(n -> n.get("deleted")).containsExactly(true, false, false, false);
		for (int i = 0; i < VERSIONS.size(); i++) {
			Map<String, Object> node = nodes.get(VERSIONS.size() - i);
			Map<String, Object> report = reports.get(i);
			assertThat(node.get("facts")).isEqualTo(report.get("facts"));
			assertThat(node.get("created")).as("created by version %d", i + 1).isEqualTo(report.get("created"));
			assertThat(node.get("updated")).as("updated by version %d", i + 1).isEqualTo(report.get("updated"));
			assertThat(node.get("retracted")).as("retracted by version %d", i + 1).isEqualTo(report.get("retracted"));
			assertThat(OffsetDateTime.parse((String) node.get("importedAt"))).isBefore(times.get(i));
		}
		assertThat(list(nodes.get(0).get("retracted"))).hasSize((Integer) reports.get(2).get("facts"));
		// the second version dropped Kinesis Video Streams and the relation to EC2
		assertThat(list(nodes.get(2).get("retracted"))).extracting(c -> c.get("service"))
				.contains("kinesis-video-streams", "kinesis");
	}

	@Test
	void historyIsPagedLatestFirstWithCursors() throws Exception {
		for (String markdown : VERSIONS) {
			post("mutation($md: String!) { importNote(input: {id: \"" + NOTE + "\", markdown: $md}) { changed } }",
					Map.of("md", markdown));
		}
		Map<String, Object> first = map(data(post("{ importHistory(noteId: \"" + NOTE
				+ "\", first: 2) { totalCount nodes { importedAt } pageInfo { hasNextPage endCursor } } }", Map.of()))
				.get("importHistory"));
		assertThat(first).containsEntry("totalCount", 3);
		assertThat(map(first.get("pageInfo"))).containsEntry("hasNextPage", true);
		Map<String, Object> second = map(data(post("{ importHistory(noteId: \"" + NOTE + "\", first: 2, after: \""
				+ map(first.get("pageInfo")).get("endCursor")
				+ "\") { nodes { importedAt } pageInfo { hasNextPage } } }",
				Map.of())).get("importHistory"));
		List<String> times = new ArrayList<>();
		list(first.get("nodes")).forEach(n -> times.add((String) n.get("importedAt")));
		list(second.get("nodes")).forEach(n -> times.add((String) n.get("importedAt")));
		assertThat(times).hasSize(3).doesNotHaveDuplicates();
		assertThat(times.stream().map(OffsetDateTime::parse).toList()).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(map(second.get("pageInfo"))).containsEntry("hasNextPage", false);
	}

	@Test
	void readsOfTheGraphAsItIsDoNotMeetThePast() throws Exception {
		for (String markdown : VERSIONS) {
			post("mutation($md: String!) { importNote(input: {id: \"" + NOTE + "\", markdown: $md}) { changed } }",
					Map.of("md", markdown));
		}
		// the past is kept apart: no relationship leads to it
		assertThat(graph.read("MATCH (p:PastStatement {noteId: $id}) RETURN count(p) AS n", Map.of("id", NOTE)).get(0)
				.get("n").asLong()).isPositive();
		assertThat(graph.read("MATCH (p:PastStatement)--() RETURN count(*) AS n", Map.of()).get(0).get("n").asLong())
				.isZero();
		assertThat(graph.read("MATCH (v:NoteVersion)--() RETURN count(*) AS n", Map.of()).get(0).get("n").asLong())
				.isZero();
		Map<String, Object> service = map(data(post("{ service(id: \"kinesis\") { serverless relations { type"
				+ " service { id } } } }", Map.of())).get("service"));
		assertThat(list(service.get("relations"))).extracting(r -> map(r.get("service")).get("id"))
				.containsExactly("ecs");
	}

	@Test
	void aTimeThatIsNotATimeIsABadRequest() throws Exception {
		Map<String, Object> body = post("{ service(id: \"lambda\", asOf: \"yesterday\") { id } }", Map.of());
		assertThat(body.get("errors")).asString().contains("not an ISO-8601 time");
	}

	private String listQuery(String at) {
		return "{ services(where: {mentionedIn: \"" + NOTE + "\"}" + ((at != null) ? ", asOf: \"" + at + "\"" : "")
				+ ") { totalCount nodes { id name serverless timeLimit relations { type service { id } } } } }";
	}

	private static OffsetDateTime now() throws InterruptedException {
		Thread.sleep(5);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		Thread.sleep(5);
		return now;
	}

	/** The whole response body, whatever the status (a refused query may be a 400 with its errors). */
	private Map<String, Object> post(String query, Map<String, Object> variables) {
		return WebTestClient.bindToServer(new JdkClientHttpConnector())
				.responseTimeout(Duration.ofSeconds(30))
				.baseUrl("http://localhost:" + port)
				.build()
				.post()
				.uri("/graphql")
				.bodyValue(Map.of("query", query, "variables", variables))
				.exchange()
				.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.returnResult()
				.getResponseBody();
	}

	private static Map<String, Object> data(Map<String, Object> body) {
		assertThat(body.get("errors")).as("errors").isNull();
		return map(body.get("data"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
