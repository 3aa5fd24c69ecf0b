package dev.cloudkg.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.cloudkg.Neo4jImage;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs on our machines, so docker-compose.yml and the Dockerfile cannot be run here;
 * this keeps them consistent with what the tests do run.
 */
class ComposeConsistencyTests {

	@SuppressWarnings("unchecked")
	private static Map<String, Object> service(String name) throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
	}

	@Test
	void neo4jImageIsTheVersionTheTestsUse() throws IOException {
		Map<String, Object> neo4j = service("neo4j");
		assertThat(neo4j.get("image")).isEqualTo(Neo4jImage.NAME);
		assertThat(Neo4jImage.NAME).startsWith("neo4j:" + org.neo4j.kernel.internal.Version.getNeo4jVersion())
				.endsWith("-community");
		assertThat((List<String>) neo4j.get("ports")).contains("7474:7474", "7687:7687");
		assertThat((Map<String, Object>) neo4j.get("healthcheck")).containsKey("test");
		assertThat((Map<String, String>) neo4j.get("environment")).containsEntry("NEO4J_AUTH",
				"neo4j/${NEO4J_PASSWORD:-cloudkg-dev-password}");
		assertThat((List<String>) neo4j.get("volumes")).anyMatch(v -> v.endsWith(":/data"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void serviceIsPointedAtTheNeo4jServiceWithTheVariablesItReads() throws IOException {
		Map<String, Object> cloudkg = service("cloudkg");
		Map<String, String> env = (Map<String, String>) cloudkg.get("environment");
		assertThat(env).containsEntry("NEO4J_URI", "bolt://neo4j:7687")
				.containsEntry("NEO4J_USERNAME", "neo4j")
				.containsEntry("NEO4J_PASSWORD", "${NEO4J_PASSWORD:-cloudkg-dev-password}");
		assertThat((List<String>) cloudkg.get("ports")).contains("8080:8080");
		// the container listens on all its interfaces, so compose must refuse to start it without a key
		assertThat(env).containsEntry("SERVER_ADDRESS", "0.0.0.0")
				.containsEntry("CLOUDKG_API_KEY", "${CLOUDKG_API_KEY:?set CLOUDKG_API_KEY to protect writes}");
		assertThat(cloudkg.get("build")).isEqualTo(".");
		String embeddedConfig = Files
				.readString(Path.of("src/main/java/dev/cloudkg/embedded/EmbeddedNeo4jConfiguration.java"));
		assertThat(embeddedConfig).contains("${NEO4J_URI}", "${NEO4J_USERNAME:neo4j}", "${NEO4J_PASSWORD:}");
	}

	@Test
	void dockerfileBuildsWithTheWrapperAndRunsOnAJre17() throws IOException {
		String dockerfile = Files.readString(Path.of("Dockerfile"));
		assertThat(dockerfile).contains("AS build", "./mvnw", "FROM eclipse-temurin:17-jre", "target/cloudkg.jar",
				"COPY graph-seed graph-seed");
	}

}
