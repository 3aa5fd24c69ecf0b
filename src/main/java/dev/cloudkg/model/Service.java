package dev.cloudkg.model;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

/** A service as the API shows it; built from the node's properties. */
public record Service(String id, String name, String fullName, List<String> aliases, String kind, String category,
		String provider, String summary, String description, Boolean serverless, Boolean hasTimeLimit, Integer timeLimitSeconds,
		String timeLimit) {

	/** The map projection every read uses to return a service, so all reads return the same shape. */
	public static final String PROJECTION = "{.id, .name, .fullName, .aliases, .kind, .category, .provider, .summary, .description, "
			+ ".serverless, .hasTimeLimit, .timeLimitSeconds, .timeLimit}";

	public static Service of(Value value) {
		Map<String, Object> m = value.asMap();
		Object seconds = m.get("timeLimitSeconds");
		return new Service((String) m.get("id"), (String) m.get("name"), (String) m.get("fullName"),
				(m.get("aliases") != null) ? value.get("aliases").asList(Value::asString) : List.of(),
				((String) m.getOrDefault("kind", "service")).toUpperCase(), (String) m.get("category"),
				(String) m.get("provider"), (String) m.get("summary"), (String) m.get("description"), (Boolean) m.get("serverless"),
				(Boolean) m.get("hasTimeLimit"), (seconds != null) ? ((Number) seconds).intValue() : null,
				(String) m.get("timeLimit"));
	}

}
