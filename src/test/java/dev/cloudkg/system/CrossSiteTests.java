package dev.cloudkg.system;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.graph.Graph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What a web page the user merely visits can no longer do to the graph, over real HTTP on the seed graph. */
@CloudKgTest
class CrossSiteTests {

	private static final String EVIL = "http://evil.example";

	private static final String DELETE_SEED = "{\"query\": \"mutation { deleteNote(id: \\\"aws-compute\\\") { deleted } }\"}";

	@LocalServerPort
	int port;

	@Autowired
	Graph graph;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aForeignPagesPlainTextUploadIsRefusedAndChangesNothing() throws Exception {
		Map<String, Long> before = counts();
		HttpResponse<String> refused = send(post("/notes/aws-compute", "text/plain", "# Gone\n\nLambda runs on EC2.\n")
				.header("Origin", EVIL));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("\"error\"", "a page from http://evil.example may not change this service",
				"cloudkg.allowed-origins");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void withoutAnOriginABodyABrowserCouldSendCrossSiteIsStillRefused() throws Exception {
		Map<String, Long> before = counts();
		for (String type : new String[]{"text/plain", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=x"}) {
			HttpResponse<String> refused = send(post("/notes/aws-compute", type, "# Gone\n"));
			assertThat(refused.statusCode()).as(type).isEqualTo(415);
			assertThat(refused.body()).as(type).contains("Content-Type: text/markdown",
					"this request has Content-Type: " + type);
		}
		HttpResponse<String> untyped = send(HttpRequest.newBuilder(uri("/notes/aws-compute"))
				.POST(HttpRequest.BodyPublishers.ofString("# Gone\n")));
		assertThat(untyped.statusCode()).isEqualTo(415);
		assertThat(untyped.body()).contains("this request has no Content-Type");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aForeignPagesMutationOrDeleteIsRefused() throws Exception {
		Map<String, Long> before = counts();
		HttpResponse<String> mutation = send(post("/graphql", "application/json", DELETE_SEED).header("Origin", EVIL));
		assertThat(mutation.statusCode()).isEqualTo(403);
		assertThat(mutation.body()).startsWith("{\"errors\":[{\"message\":\"refused: a page from http://evil.example");
		HttpResponse<String> delete = send(
				HttpRequest.newBuilder(uri("/notes/aws-compute")).header("Origin", EVIL).DELETE());
		assertThat(delete.statusCode()).isEqualTo(403);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void getNeverRunsAMutation() throws Exception {
		Map<String, Long> before = counts();
		String query = URLEncoder.encode("mutation { deleteNote(id: \"aws-compute\") { deleted } }",
				StandardCharsets.UTF_8);
		HttpResponse<String> get = send(HttpRequest.newBuilder(uri("/graphql?query=" + query)).GET());
		assertThat(get.statusCode()).isEqualTo(405);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void graphQlIsJsonOnly() throws Exception {
		HttpResponse<String> plain = send(post("/graphql", "text/plain", "{\"query\": \"{ traits { id } }\"}"));
		assertThat(plain.statusCode()).isEqualTo(415);
		assertThat(plain.body()).contains("Content-Type: application/json", "this one has Content-Type: text/plain");
	}

	@Test
	void markdownFromTheServicesOwnPagesOrFromNoPageIsImported() throws Exception {
		String own = "http://localhost:" + port;
		HttpResponse<String> fromOwnPage = send(post("/notes/cross-site/own", "text/markdown",
				"# Streams\n\nAmazon Kinesis runs on EC2.\n").header("Origin", own));
		assertThat(fromOwnPage.statusCode()).isEqualTo(200);
		assertThat(fromOwnPage.body()).contains("\"noteId\":\"cross-site/own\"", "RUNS_ON ec2");
		HttpResponse<String> fromCurl = send(post("/notes/cross-site/curl", "text/x-markdown; charset=utf-8",
				"# Streams\n\nAmazon Kinesis runs on EC2.\n"));
		assertThat(fromCurl.statusCode()).isEqualTo(200);
		HttpResponse<String> mutation = send(post("/graphql", "application/json",
				"{\"query\": \"mutation { deleteNote(id: \\\"cross-site/own\\\") { deleted } }\"}")
				.header("Origin", own));
		assertThat(mutation.body()).contains("\"deleted\":true");
		assertThat(send(HttpRequest.newBuilder(uri("/notes/cross-site/curl")).DELETE()).statusCode()).isEqualTo(200);
	}

	@Test
	void aPageThatRebindsItsNameToThisMachineIsRefused() throws Exception {
		// the JDK client will not set Host: write the request as a rebound page's browser would
		Map<String, Long> before = counts();
		String body = "# Gone\n";
		String request = "POST /notes/aws-compute HTTP/1.1\r\nHost: rebound.example:" + port
				+ "\r\nOrigin: http://rebound.example:"
				+ port + "\r\nContent-Type: text/markdown\r\nContent-Length: " + body.length()
				+ "\r\nConnection: close\r\n\r\n" + body;
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 403").contains("addressed to rebound.example", "cloudkg.api-key");
		}
		assertThat(counts()).isEqualTo(before);
	}

	private HttpRequest.Builder post(String path, String type, String body) {
		return HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
				.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private Map<String, Long> counts() {
		var row = graph
				.read("""
						MATCH (n) WITH count(n) AS nodes
						MATCH ()-[r]->() WITH nodes, count(r) AS relationships
						MATCH (:Note {id: 'aws-compute'})-[st:STATES]->() RETURN nodes, relationships, count(st) AS seedStatements""",
						Map.of())
				.get(0);
		return Map.of("nodes", row.get("nodes").asLong(), "relationships", row.get("relationships").asLong(),
				"seedStatements", row.get("seedStatements").asLong());
	}

}
