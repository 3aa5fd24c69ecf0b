package dev.cloudkg.embedded;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import dev.cloudkg.CloudKgTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded Neo4j's HTTP server as a stranger sees it (another local user, or a web page the user
 * visits) and as the user with the password sees it.
 */
@CloudKgTest
class EmbeddedNeo4jHttpTests {

	private static final String FOREIGN_ORIGIN = "https://attacker.example";

	@Autowired
	EmbeddedNeo4j neo4j;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpRequest.Builder commit(String cypher) {
		return HttpRequest.newBuilder(URI.create(neo4j.httpUri() + "/db/neo4j/tx/commit"))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers
						.ofString("{\"statements\":[{\"statement\":\"" + cypher.replace("\"", "\\\"") + "\"}]}"));
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> asTheUser(String cypher) throws Exception {
		return send(commit(cypher).header("Authorization", basic("neo4j", neo4j.password())).build());
	}

	@Test
	void cypherWithoutThePasswordIsRefused() throws Exception {
		HttpResponse<String> anonymous = send(commit("MATCH (n) DETACH DELETE n").build());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.body()).contains("Neo.ClientError.Security.Unauthorized");
		HttpResponse<String> guessing = send(
				commit("MATCH (n) DETACH DELETE n").header("Authorization", basic("neo4j", "neo4j")).build());
		assertThat(guessing.statusCode()).isEqualTo(401);
		assertThat(asTheUser("MATCH (s:Service) RETURN count(s) > 0 AS seeded").body())
				.as("the graph is still there").contains("\"row\":[true]");
	}

	@Test
	void loadCsvCannotReadLocalFilesEvenWithThePassword() throws Exception {
		HttpResponse<String> answer = asTheUser("LOAD CSV FROM \"file:///etc/passwd\" AS line RETURN line");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"errors\":[{", "dbms.security.allow_csv_import_from_file_urls")
				.doesNotContain("root:");
	}

	@Test
	void aForeignOriginGetsNoCorsWildcard() throws Exception {
		HttpResponse<String> preflight = send(
				HttpRequest.newBuilder(URI.create(neo4j.httpUri() + "/db/neo4j/tx/commit"))
						.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
						.header("Origin", FOREIGN_ORIGIN)
						.header("Access-Control-Request-Method", "POST")
						.header("Access-Control-Request-Headers", "authorization, content-type")
						.build());
		HttpResponse<String> post = send(commit("RETURN 1").header("Origin", FOREIGN_ORIGIN).build());
		for (HttpResponse<String> response : List.of(preflight, post)) {
			assertThat(response.headers().allValues("Access-Control-Allow-Origin"))
					.as("Access-Control-Allow-Origin of %s %s", response.request().method(), response.uri())
					.doesNotContain("*", FOREIGN_ORIGIN)
					.allMatch(origin -> origin.equals(neo4j.httpUri().toString()));
		}
	}

	@Test
	void theBrowserIsToldNotToReportUsageAndMayLoadNothingFromElsewhere() throws Exception {
		HttpResponse<String> config = asTheUser("CALL dbms.clientConfig() YIELD name, value "
				+ "WHERE name = 'client.allow_telemetry' RETURN value");
		assertThat(config.body()).contains("\"row\":[\"false\"]");

		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(neo4j.httpUri() + "/browser/")).build());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy"))
				.hasValue(EmbeddedNeo4j.BROWSER_CONTENT_SECURITY_POLICY);
		assertThat(EmbeddedNeo4j.BROWSER_CONTENT_SECURITY_POLICY).doesNotContain("segment", "canny", "google", "http:",
				"https:", "*");
	}

}
