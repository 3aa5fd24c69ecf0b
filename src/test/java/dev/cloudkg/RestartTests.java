package dev.cloudkg;

import java.nio.file.Path;
import java.util.Map;

import dev.cloudkg.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The service started, stopped and started again on the same data directory. */
class RestartTests {

	@TempDir
	Path dataDir;

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(CloudKgApplication.class).run("--server.port=0",
				"--cloudkg.embedded.bolt-port=0", "--cloudkg.embedded.http-port=0", "--cloudkg.embedded.data-dir=" + dataDir);
	}

	private static Map<String, Object> counts(Driver driver) {
		return driver.executableQuery("""
				MATCH (n) WITH count(n) AS nodes
				MATCH ()-[r]->() WITH nodes, count(r) AS relationships
				MATCH (m:Marker) RETURN nodes, relationships, count(m) AS markers""").execute().records().get(0).asMap();
	}

	@Test
	void startingTwiceKeepsWhatWasWrittenAndLoadsTheSeedOnce() {
		Map<String, Object> first;
		try (ConfigurableApplicationContext app = start()) {
			assertThat(app.getBeansOfType(EmbeddedNeo4j.class)).hasSize(1);
			Driver driver = app.getBean(Driver.class);
			driver.executableQuery("CREATE (:Marker {id: 'written-before-stop'})").execute();
			first = counts(driver);
			assertThat((Long) first.get("nodes")).isGreaterThan(16);
		}
		try (ConfigurableApplicationContext app = start()) {
			Map<String, Object> second = counts(app.getBean(Driver.class));
			assertThat(second).isEqualTo(first);
			assertThat(second.get("markers")).isEqualTo(1L);
		}
	}

}
