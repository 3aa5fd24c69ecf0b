package dev.cloudkg.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.cloudkg.CloudKgApplication;
import dev.cloudkg.GraphQlClient;
import dev.cloudkg.Tmpfs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded database's disk fills up: imports are refused with a message saying how much is free and what is
 * needed, reads go on, health says DOWN for the data directory, and once space is freed imports work again
 * without a restart. The data directory is a 64 MB tmpfs (the test needs root to mount it, and skips elsewhere).
 */
class FullDiskTests {

	private static final String NOTE = "# Disk test\n\n## Queue Keeper\n\nQueue Keeper runs on EC2.\n";

	@TempDir
	static Path mountPoint;

	static Tmpfs disk;

	static ConfigurableApplicationContext app;

	static int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		disk = Tmpfs.mount(mountPoint, 64);
		assumeTrue(disk != null, "mounting a tmpfs needs root on Linux");
		app = new SpringApplicationBuilder(CloudKgApplication.class).run("--server.port=0",
				"--cloudkg.embedded.bolt-port=0", "--cloudkg.embedded.http-port=0",
				"--cloudkg.embedded.data-dir=" + mountPoint.resolve("data"), "--cloudkg.embedded.min-free-space=16MB");
		port = ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
		if (disk != null) {
			disk.close();
		}
	}

	@Test
	void aFullDiskRefusesImportsClearlyAndTheServiceRecoversWhenSpaceReturns() throws Exception {
		Path filler = mountPoint.resolve("filler");
		fill(filler, Files.getFileStore(mountPoint).getUsableSpace() - 8L * 1024 * 1024);

		HttpResponse<String> refused = post("/notes/disk-test", NOTE);
		assertThat(refused.statusCode()).isEqualTo(507);
		assertThat(refused.body()).contains("has 8", "MB free, less than the 16 MB", "cloudkg.embedded.min-free-space",
				"nothing was written");
		GraphQlClient.to(port)
				.document(
						"mutation($md: String!) { importNote(input: {id: \"disk-test-2\", markdown: $md}) { facts } }")
				.variable("md", NOTE).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
						.satisfies(e -> assertThat(e.getMessage()).contains("cloudkg.embedded.min-free-space")));
		assertThat(get("/actuator/health").body()).contains("\"dataDirectory\":{\"details\":{")
				.contains("\"status\":\"DOWN\"");
		assertThat(get("/actuator/health/readiness").statusCode()).as("reads go on").isEqualTo(200);
		GraphQlClient.to(port).document("{ service(id: \"lambda\") { id } }").execute()
				.path("service.id").entity(String.class).isEqualTo("lambda");
		GraphQlClient.to(port).document("{ service(id: \"queue-keeper\") { id } }").execute()
				.path("service").valueIsNull();

		Files.delete(filler);
		HttpResponse<String> imported = post("/notes/disk-test", NOTE);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		GraphQlClient.to(port)
				.document("{ service(id: \"queue-keeper\") { relations(types: [RUNS_ON]) { service { id } } } }")
				.execute().path("service.relations[*].service.id").entityList(String.class).containsExactly("ec2");
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
	}

	private static void fill(Path file, long bytes) throws IOException {
		byte[] block = new byte[1024 * 1024];
		try (OutputStream out = Files.newOutputStream(file)) {
			for (long written = 0; written < bytes; written += block.length) {
				out.write(block, 0, (int) Math.min(block.length, bytes - written));
			}
		}
	}

	private HttpResponse<String> post(String path, String markdown) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "text/markdown")
				.POST(HttpRequest.BodyPublishers.ofString(markdown))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
