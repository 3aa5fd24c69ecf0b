package dev.cloudkg;

/** The Neo4j server image docker-compose.yml and the Testcontainers tests use: the embedded version. */
public final class Neo4jImage {

	public static final String NAME = "neo4j:5.26.30-community";

	private Neo4jImage() {
	}

}
