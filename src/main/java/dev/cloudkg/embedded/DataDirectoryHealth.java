package dev.cloudkg.embedded;

import dev.cloudkg.graph.StorageSpace;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code dataDirectory} under {@code /actuator/health}: DOWN while the embedded database's directory has less
 * free space than writes need, UP again as soon as there is room. Reads go on either way, so readiness ignores it.
 */
class DataDirectoryHealth implements HealthIndicator {

	private final StorageSpace storage;

	DataDirectoryHealth(StorageSpace storage) {
		this.storage = storage;
	}

	@Override
	public Health health() {
		long free = storage.free();
		Health.Builder health = (free >= storage.minimum().toBytes()) ? Health.up() : Health.down();
		return health.withDetail("path", storage.directory().toString())
				.withDetail("free", free)
				.withDetail("minFreeSpace", storage.minimum().toBytes())
				.build();
	}

}
