package dev.cloudkg.facts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.cloudkg.CloudKgApplication;
import dev.cloudkg.GraphQlClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A seed folder with one broken facts file: the service starts, serves the rest, and says what was wrong. */
class BadSeedFileTests {

	@TempDir
	Path seed;

	@TempDir
	Path data;

	@Test
	void aBrokenFactsFileIsSkippedAndReportedWhileTheOthersLoad() throws Exception {
		Files.createDirectories(seed.resolve("facts"));
		Files.copy(Path.of("graph-seed/vocabulary.yaml"), seed.resolve("vocabulary.yaml"));
		Files.copy(Path.of("graph-seed/facts/aws-compute.yaml"), seed.resolve("facts/aws-compute.yaml"));
		Files.writeString(seed.resolve("facts/broken.yaml"), """
				title: Broken
				sources:
				  me: Me
				services:
				  - id: cache
				    source: me
				    serverless: sometimes
				""");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CloudKgApplication.class).run(
				"--server.port=0", "--cloudkg.embedded.bolt-port=0", "--cloudkg.embedded.http-port=0",
				"--cloudkg.embedded.data-dir=" + data, "--cloudkg.seed.dir=" + seed)) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			GraphQlClient.to(port)
					.document("{ services { totalCount } cache: service(id: \"cache\") { id } }")
					.execute()
					.path("services.totalCount").entity(Integer.class).isEqualTo(16)
					.path("cache").valueIsNull();
			String health = get("http://localhost:" + port + "/actuator/health");
			assertThat(health).contains("\"seed\"",
					"facts/broken.yaml:7: expected true or false for serverless of cache, found 'sometimes'");
		}
	}

	private static String get(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
				.body();
	}

}
