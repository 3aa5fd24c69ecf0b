package dev.cloudkg.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the in-process Neo4j started when no Neo4j URI is configured.
 *
 * @param dataDir directory holding the database; kept across restarts
 * @param listenAddress address Bolt and HTTP listen on; anything but loopback requires {@code password}
 * @param boltPort Bolt port (0 picks a free one)
 * @param httpPort HTTP port of the Neo4j Browser (0 picks a free one)
 * @param password password of the {@code neo4j} user; empty: one generated for the data directory and kept
 *     in its file {@code neo4j-password}
 * @param minFreeSpace writes are refused while the data directory has less free space than this (Neo4j that runs
 *     out of disk mid-write stops answering until restarted); they go ahead again once there is room
 */
@ConfigurationProperties("cloudkg.embedded")
public record EmbeddedProperties(
		@DefaultValue("./data") Path dataDir,
		@DefaultValue("localhost") String listenAddress,
		@DefaultValue("7687") int boltPort,
		@DefaultValue("7474") int httpPort,
		@DefaultValue("") String password,
		@DefaultValue("64MB") DataSize minFreeSpace) {

	@ConstructorBinding
	public EmbeddedProperties {
	}

	public EmbeddedProperties(Path dataDir, String listenAddress, int boltPort, int httpPort, String password) {
		this(dataDir, listenAddress, boltPort, httpPort, password, DataSize.ofMegabytes(64));
	}

	/** A password was configured (else one is generated). */
	public boolean hasPassword() {
		return password != null && !password.isBlank();
	}

}
