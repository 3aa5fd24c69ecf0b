package dev.cloudkg;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.cloudkg.embedded.EmbeddedNeo4j;
import dev.cloudkg.embedded.EmbeddedProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A start that cannot succeed ends in Spring Boot's short report, saying what is wrong and which setting to
 * change, with no stack trace: Neo4j down, a wrong password, a data directory that cannot be created or written.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartFailureTests {

	@TempDir
	Path dir;

	@Test
	void neo4jThatIsNotRunning(CapturedOutput output) throws Exception {
		int port = closedPort();
		assertThatThrownBy(() -> run("--NEO4J_URI=bolt://localhost:" + port)).isNotNull();
		assertShortReport(output, "cloudkg could not reach Neo4j at bolt://localhost:" + port,
				"Start that Neo4j, or correct NEO4J_URI");
	}

	@Test
	void aWrongPassword(CapturedOutput output) {
		try (EmbeddedNeo4j server = EmbeddedNeo4j.start(new EmbeddedProperties(dir.resolve("server"), "localhost", 0, 0,
				"the-right-password"))) {
			assertThatThrownBy(() -> run("--NEO4J_URI=" + server.boltUri(), "--NEO4J_PASSWORD=a-wrong-password"))
					.isNotNull();
			assertShortReport(output, "Neo4j at " + server.boltUri() + " refused the user name or password",
					"Set NEO4J_USERNAME and NEO4J_PASSWORD");
		}
	}

	@Test
	void aDataDirectoryThatCannotBeCreated(CapturedOutput output) throws Exception {
		Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
		assertThatThrownBy(() -> run("--cloudkg.embedded.data-dir=" + file.resolve("data"))).isNotNull();
		assertShortReport(output, "Cannot create the embedded Neo4j's data directory " + file.resolve("data"),
				"cloudkg.embedded.data-dir");
	}

	@Test
	void aReadOnlyDataDirectory(CapturedOutput output) throws Exception {
		Path mount = Files.createDirectory(dir.resolve("ro"));
		Tmpfs disk = Tmpfs.mount(mount, 8);
		assumeTrue(disk != null, "mounting a tmpfs needs root on Linux");
		try (disk) {
			Files.createDirectory(mount.resolve("data"));
			assumeTrue(disk.readOnly(true), "remounting read-only");
			assertThatThrownBy(() -> run("--cloudkg.embedded.data-dir=" + mount.resolve("data"))).isNotNull();
			assertShortReport(output,
					"data directory " + mount.resolve("data") + " is not writable (Read-only file system)",
					"Make it writable");
			assertThat(output.getOut()).doesNotContain("Another process");
		}
	}

	private static void run(String... args) {
		String[] all = new String[args.length + 3];
		all[0] = "--server.port=0";
		all[1] = "--cloudkg.embedded.bolt-port=0";
		all[2] = "--cloudkg.embedded.http-port=0";
		System.arraycopy(args, 0, all, 3, args.length);
		new SpringApplicationBuilder(CloudKgApplication.class).run(all).close();
	}

	private static void assertShortReport(CapturedOutput output, String description, String action) {
		String out = output.getAll();
		assertThat(out).contains("APPLICATION FAILED TO START", description, action);
		assertThat(out).as("no stack trace").doesNotContainPattern("\\n\\s+at [a-z]+\\.");
	}

	private static int closedPort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
