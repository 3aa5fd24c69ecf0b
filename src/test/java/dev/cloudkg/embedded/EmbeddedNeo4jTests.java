package dev.cloudkg.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The in-process Neo4j on its own, without the application around it. */
class EmbeddedNeo4jTests {

	@TempDir
	Path dataDir;

	private EmbeddedProperties properties(String address, int bolt, int http, String password) {
		return new EmbeddedProperties(dataDir, address, bolt, http, password);
	}

	private static Driver driver(EmbeddedNeo4j neo4j, String password) {
		return GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", password));
	}

	private static int answer(Driver driver) {
		return driver.executableQuery("RETURN $x AS x").withParameters(Map.of("x", 42)).execute()
				.records().get(0).get("x").asInt();
	}

	private static void refusesStrangers(EmbeddedNeo4j neo4j) {
		try (Driver anonymous = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
				Driver guessing = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
			assertThatThrownBy(() -> answer(anonymous)).isInstanceOfAny(AuthenticationException.class,
					ClientException.class);
			assertThatThrownBy(() -> answer(guessing)).isInstanceOfAny(AuthenticationException.class,
					ClientException.class);
		}
	}

	@Test
	void dataWrittenBeforeAStopIsThereAfterTheNextStart() {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties("localhost", 0, 0, ""));
				Driver driver = driver(neo4j, neo4j.password())) {
			driver.executableQuery("CREATE (:Marker {id: 'kept'})").execute();
		}
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties("localhost", 0, 0, ""));
				Driver driver = driver(neo4j, neo4j.password())) {
			long markers = driver.executableQuery("MATCH (m:Marker {id: 'kept'}) RETURN count(m) AS n")
					.execute()
					.records()
					.get(0)
					.get("n")
					.asLong();
			assertThat(markers).isEqualTo(1);
		}
		assertThat(dataDir.resolve("databases/neo4j")).isDirectory();
	}

	@Test
	void aBoltPortInUseFailsFastNamingThePortAndTheSetting() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = taken.getLocalPort();
			assertThatThrownBy(() -> EmbeddedNeo4j.start(properties("localhost", port, 0, "")))
					.isInstanceOf(EmbeddedNeo4jException.class)
					.hasMessageContaining("Port " + port)
					.hasMessageContaining("Bolt")
					.hasMessageContaining("cloudkg.embedded.bolt-port");
		}
	}

	@Test
	void anHttpPortInUseFailsFastNamingThePortAndTheSetting() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = taken.getLocalPort();
			assertThatThrownBy(() -> EmbeddedNeo4j.start(properties("localhost", 0, port, "")))
					.isInstanceOf(EmbeddedNeo4jException.class)
					.hasMessageContaining("Port " + port)
					.hasMessageContaining("cloudkg.embedded.http-port");
		}
	}

	@Test
	void theServiceRefusesToStartOnATakenPortWithAShortReport() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = taken.getLocalPort();
			SpringApplicationBuilder app = new SpringApplicationBuilder(dev.cloudkg.CloudKgApplication.class);
			assertThatThrownBy(() -> app.run("--server.port=0", "--cloudkg.embedded.bolt-port=" + port,
					"--cloudkg.embedded.http-port=0", "--cloudkg.embedded.data-dir=" + dataDir))
					.satisfies(failure -> {
						FailureAnalysis analysis = new EmbeddedNeo4jFailureAnalyzer().analyze(failure);
						assertThat(analysis).isNotNull();
						assertThat(analysis.getDescription()).contains("Port " + port, "cloudkg.embedded.bolt-port");
						assertThat(analysis.getAction()).contains("NEO4J_URI");
					});
		}
	}

	@Test
	void listeningBeyondLoopbackWithoutAPasswordIsRefused() {
		assertThatThrownBy(() -> EmbeddedNeo4j.start(properties("0.0.0.0", 0, 0, "")))
				.isInstanceOf(EmbeddedNeo4jException.class)
				.hasMessageContaining("not a loopback address")
				.hasMessageContaining("cloudkg.embedded.password");
		assertThat(dataDir.resolve("databases")).doesNotExist();
		assertThat(dataDir.resolve("neo4j-password")).doesNotExist();
	}

	@Test
	void withoutAConfiguredPasswordOneIsGeneratedKeptForTheOwnerOnlyAndReusedAfterARestart() throws IOException {
		Path file = dataDir.resolve("neo4j-password");
		String generated;
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties("localhost", 0, 0, ""))) {
			generated = neo4j.password();
			assertThat(generated).hasSizeGreaterThanOrEqualTo(32);
			assertThat(file).exists();
			assertThat(Files.readString(file).strip()).isEqualTo(generated);
			if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			}
			assertThat(dataDir.resolve("dbms/auth.ini")).as("the initial password, read once").doesNotExist();
			refusesStrangers(neo4j);
			try (Driver user = driver(neo4j, generated)) {
				assertThat(answer(user)).isEqualTo(42);
			}
		}
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties("localhost", 0, 0, ""));
				Driver user = driver(neo4j, generated)) {
			assertThat(neo4j.password()).isEqualTo(generated);
			assertThat(answer(user)).isEqualTo(42);
		}
	}

	@Test
	void aConfiguredPasswordWinsAndNoPasswordFileIsWritten() {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties("localhost", 0, 0, "s3cret-for-tests"));
				Driver user = driver(neo4j, "s3cret-for-tests")) {
			assertThat(neo4j.password()).isEqualTo("s3cret-for-tests");
			refusesStrangers(neo4j);
			assertThat(answer(user)).isEqualTo(42);
		}
		assertThat(dataDir.resolve("neo4j-password")).doesNotExist();
	}

	@Test
	void aConfiguredPasswordShorterThanNeo4jAllowsIsRefusedBeforeAnythingStarts() {
		assertThatThrownBy(() -> EmbeddedNeo4j.start(properties("localhost", 0, 0, "short")))
				.isInstanceOf(EmbeddedNeo4jException.class)
				.hasMessageContaining("cloudkg.embedded.password")
				.hasMessageContaining("8 characters");
		assertThat(dataDir.resolve("databases")).doesNotExist();
	}

	@Test
	void anExistingDatabaseTakesThePasswordOfTheNextStart() {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties("localhost", 0, 0, "first-password"))) {
			assertThat(neo4j.password()).isEqualTo("first-password");
		}
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties("localhost", 0, 0, ""));
				Driver user = driver(neo4j, neo4j.password());
				Driver before = driver(neo4j, "first-password")) {
			assertThat(neo4j.password()).isNotEqualTo("first-password");
			assertThat(answer(user)).isEqualTo(42);
			assertThatThrownBy(() -> answer(before)).isInstanceOfAny(AuthenticationException.class,
					ClientException.class);
		}
	}

	@Test
	void theBrowserAddressNamesTheServerAndTheUserSoOnlyThePasswordIsTyped() {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties("localhost", 0, 0, ""))) {
			assertThat(neo4j.browserUri().toString()).startsWith(neo4j.httpUri() + "/browser/?")
					.contains("preselectAuthMethod=NATIVE")
					.contains("dbms=neo4j://neo4j@localhost:" + neo4j.boltUri().getPort())
					.doesNotContain("NO_AUTH")
					.doesNotContain(neo4j.password());
		}
	}

}
