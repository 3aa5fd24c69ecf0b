package dev.cloudkg;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fat jar as a user runs it ({@code java -jar target/cloudkg.jar}), from a folder without
 * graph-seed/: the seed comes from the jar, Neo4j serves the Browser out of the nested jar, and GraphiQL's
 * files come from theirs.
 */
class PackagedJarIT {

	private static final Pattern BROWSER = Pattern.compile("Neo4j Browser (http://localhost:(\\d+)/browser/\\S*)");

	private static final Pattern WEB = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Pattern GRAPHIQL_BUNDLE = Pattern.compile("src=\"(/_static/graphiql/[^\"]+\\.js)\"");

	@TempDir
	Path workDir;

	@Test
	void theJarServesGraphQlAndTheNeo4jBrowser() throws Exception {
		Path jar = Path.of("target/cloudkg.jar").toAbsolutePath();
		assertThat(jar).exists();
		Path log = workDir.resolve("app.log");
		Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				jar.toString(), "--server.port=0", "--cloudkg.embedded.bolt-port=0", "--cloudkg.embedded.http-port=0")
				.directory(workDir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
		try {
			String started = awaitLog(log, "Started CloudKgApplication", app);
			Matcher web = WEB.matcher(started);
			Matcher browser = BROWSER.matcher(started);
			assertThat(web.find()).as("web port in the log").isTrue();
			assertThat(browser.find()).as("Browser address in the log").isTrue();
			assertThat(workDir.resolve("data/databases/neo4j")).isDirectory();

			HttpResponse<String> page = get("http://localhost:" + browser.group(2) + "/browser/");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Neo4j Browser");
			assertThat(get("http://localhost:" + browser.group(2) + "/cloudkg/guide.html").statusCode()).isEqualTo(200);
			assertThat(workDir.resolve("data/neo4j-password")).isNotEmptyFile();

			HttpResponse<String> graphiql = get("http://localhost:" + web.group(1) + "/graphiql");
			Matcher bundle = GRAPHIQL_BUNDLE.matcher(graphiql.body());
			assertThat(bundle.find()).as("GraphiQL's bundle in the page").isTrue();
			assertThat(get("http://localhost:" + web.group(1) + bundle.group(1)).statusCode())
					.as("%s from the jar", bundle.group(1)).isEqualTo(200);

			HttpResponse<String> answer = HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + web.group(1) + "/graphql"))
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(
									"{\"query\":\"{ services(where: {serverless: true, hasTimeLimit: false}) { nodes { id } } }\"}"))
							.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.body()).isEqualTo("{\"data\":{\"services\":{\"nodes\":[{\"id\":\"fargate\"}]}}}");
		}
		finally {
			app.destroy();
			app.waitFor();
		}
	}

	private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String awaitLog(Path log, String line, Process app) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			String text = Files.exists(log) ? Files.readString(log) : "";
			if (text.contains(line)) {
				return text;
			}
			if (!app.isAlive()) {
				throw new AssertionError("the jar exited with " + app.exitValue() + ":\n" + text);
			}
			Thread.sleep(250);
		}
		throw new AssertionError("no '" + line + "' within 120 s:\n" + Files.readString(log));
	}

}
