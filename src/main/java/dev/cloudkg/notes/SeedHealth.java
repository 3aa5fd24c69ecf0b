package dev.cloudkg.notes;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Shows under {@code /actuator/health} which seed files were skipped at start and why (file, line,
 * what was expected). A bad file does not make the service unhealthy: the others are loaded and served.
 */
@Component("seed")
class SeedHealth implements HealthIndicator {

	private final SeedLoader loader;

	SeedHealth(SeedLoader loader) {
		this.loader = loader;
	}

	@Override
	public Health health() {
		return Health.up().withDetail("skipped", loader.problems()).build();
	}

}
