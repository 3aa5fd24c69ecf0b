package dev.cloudkg.embedded;

import java.net.URI;

import dev.cloudkg.graph.InProcessReads;
import dev.cloudkg.graph.StorageSpace;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the Neo4j the service talks to: the in-process one when no URI is configured, otherwise
 * the server or cluster named by {@code spring.neo4j.uri} or {@code NEO4J_URI}.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedNeo4jConfiguration {

	@Configuration(proxyBeanMethods = false)
	@Conditional(NoNeo4jUriCondition.class)
	static class Embedded {

		@Bean(destroyMethod = "close")
		EmbeddedNeo4j embeddedNeo4j(EmbeddedProperties properties) {
			return EmbeddedNeo4j.start(properties);
		}

		/** Writes wait for room in the data directory (see {@link StorageSpace}). */
		@Bean
		StorageSpace storageSpace(EmbeddedProperties properties) {
			return new StorageSpace(properties.dataDir().toAbsolutePath().normalize(), properties.minFreeSpace());
		}

		/** The data directory's free space, instead of Spring's check of the working directory. */
		@Bean("dataDirectory")
		DataDirectoryHealth dataDirectoryHealth(StorageSpace storage) {
			return new DataDirectoryHealth(storage);
		}

		/** Reads run in-process on the embedded database (see {@link dev.cloudkg.graph.Graph}). */
		@Bean
		InProcessReads inProcessReads(EmbeddedNeo4j neo4j) {
			return new InProcessReads(neo4j.database());
		}

		@Bean
		Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
			return new Connection(neo4j.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, neo4j.password()));
		}

	}

	/** {@code NEO4J_URI}, {@code NEO4J_USERNAME}, {@code NEO4J_PASSWORD}: the names Neo4j's own tools use. */
	@Configuration(proxyBeanMethods = false)
	static class External {

		@Bean
		@Conditional(NoNeo4jUriCondition.EnvironmentUriOnly.class)
		Neo4jConnectionDetails environmentNeo4jConnectionDetails(@Value("${NEO4J_URI}") URI uri,
				@Value("${NEO4J_USERNAME:neo4j}") String username, @Value("${NEO4J_PASSWORD:}") String password) {
			return new Connection(uri, password.isEmpty() ? AuthTokens.none() : AuthTokens.basic(username, password));
		}

	}

	/** Where the driver connects, and how it authenticates. */
	record Connection(URI getUri, AuthToken getAuthToken) implements Neo4jConnectionDetails {
	}

}
