package dev.cloudkg.catalog;

import dev.cloudkg.Neo4jImage;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** The same GraphQL tests against a Neo4j server in a container (the docker-compose image); skipped without Docker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Testcontainers(disabledWithoutDocker = true)
class ServiceCatalogIT extends ServiceCatalogContract {

	@Container
	static Neo4jContainer neo4j = new Neo4jContainer(Neo4jImage.NAME).withAdminPassword("cloudkg-it-password");

	@DynamicPropertySource
	static void neo4jServer(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> "cloudkg-it-password");
	}

}
