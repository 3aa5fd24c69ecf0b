package dev.cloudkg;

import java.nio.file.Path;

import dev.cloudkg.embedded.EmbeddedNeo4j;
import dev.cloudkg.embedded.EmbeddedProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With NEO4J_URI set, the service uses that Neo4j (here a separately started one, through a
 * {@code neo4j://} routing URI) and starts nothing embedded.
 */
class ExternalNeo4jTests {

	@TempDir
	Path serverDir;

	@Test
	void aConfiguredUriIsUsedAndNothingIsEmbedded() {
		String password = "external-server-password";
		try (EmbeddedNeo4j server = EmbeddedNeo4j.start(new EmbeddedProperties(serverDir, "localhost", 0, 0, password));
				Driver direct = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", password))) {
			String uri = "neo4j://localhost:" + server.boltUri().getPort();
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CloudKgApplication.class)
					.run("--server.port=0", "--NEO4J_URI=" + uri, "--NEO4J_PASSWORD=" + password)) {
				assertThat(app.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
				long services = direct.executableQuery("MATCH (s:Service) RETURN count(s) AS n")
						.execute().records().get(0).get("n").asLong();
				assertThat(services).as("the seed went into the configured server").isEqualTo(16);
				int port = ((WebServerApplicationContext) app).getWebServer().getPort();
				GraphQlClient.to(port)
						.document(
								"{ service(id: \"Amazon ECS\") { id relations(types: [RUNS_ON]) { service { id } } } }")
						.execute()
						.path("service.relations[*].service.id")
						.entityList(String.class)
						.contains("ec2", "fargate");
			}
		}
	}

}
