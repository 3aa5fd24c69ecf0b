package dev.cloudkg.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j started when no Neo4j URI is configured.
 *
 * @param dataDir directory holding the database; kept across restarts
 * @param listenAddress address Bolt and HTTP listen on; anything but loopback requires {@code password}
 * @param boltPort Bolt port (0 picks a free one)
 * @param httpPort HTTP port of the Neo4j Browser (0 picks a free one)
 * @param password password of the {@code neo4j} user; empty: one generated for the data directory and kept
 *     in its file {@code neo4j-password}
 */
@ConfigurationProperties("cloudkg.embedded")
public record EmbeddedProperties(
		@DefaultValue("./data") Path dataDir,
		@DefaultValue("localhost") String listenAddress,
		@DefaultValue("7687") int boltPort,
		@DefaultValue("7474") int httpPort,
		@DefaultValue("") String password) {

	/** A password was configured (else one is generated). */
	public boolean hasPassword() {
		return password != null && !password.isBlank();
	}

}
