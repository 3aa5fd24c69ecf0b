package dev.cloudkg.system;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build writes configuration metadata for every {@code cloudkg.*} setting (IDEs complete them and show their
 * defaults), one properties record per prefix, each default written once: in its record.
 */
class ConfigurationMetadataTests {

	@Test
	@SuppressWarnings("unchecked")
	void everySettingIsDescribedWithItsDefaultAndEachPrefixHasOneRecord() throws Exception {
		Map<String, Object> metadata;
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("the configuration processor ran").isNotNull();
			metadata = JsonMapper.shared().readValue(in, Map.class);
		}
		List<Map<String, Object>> properties = (List<Map<String, Object>>) metadata.get("properties");
		Map<String, Object> defaults = new java.util.HashMap<>();
		properties.forEach(p -> defaults.put((String) p.get("name"), p.get("defaultValue")));
		assertThat(defaults).containsEntry("cloudkg.notes.max-facts", 5000)
				.containsEntry("cloudkg.graphql.max-hops", 6)
				.containsEntry("cloudkg.graphql.max-depth", 10)
				.containsEntry("cloudkg.embedded.data-dir", "./data")
				.containsEntry("cloudkg.seed.facts-batch-size", 1000)
				.containsKeys("cloudkg.api-key", "cloudkg.notes.dir");
		assertThat(properties).allSatisfy(p -> assertThat((String) p.get("description")).as((String) p.get("name"))
				.isNotBlank());
		List<Map<String, Object>> groups = (List<Map<String, Object>>) metadata.get("groups");
		assertThat(groups.stream().map(g -> (String) g.get("name")).filter(n -> n.startsWith("cloudkg")).toList())
				.as("one record per prefix")
				.doesNotHaveDuplicates()
				.contains("cloudkg.graphql", "cloudkg.notes", "cloudkg.seed", "cloudkg.embedded");
	}

}
