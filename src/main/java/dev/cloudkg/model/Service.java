package dev.cloudkg.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;

/** A service as the API shows it; built from the node's properties. */
public record Service(String id, String name, String fullName, List<String> aliases, String kind, String category,
		String provider, String summary, String description, Boolean serverless, Boolean hasTimeLimit,
		Integer timeLimitSeconds,
		String timeLimit, java.time.OffsetDateTime asOf) {

	/** A service of the graph as it is now. */
	public Service(String id, String name, String fullName, List<String> aliases, String kind, String category,
			String provider, String summary, String description, Boolean serverless, Boolean hasTimeLimit,
			Integer timeLimitSeconds, String timeLimit) {
		this(id, name, fullName, aliases, kind, category, provider, summary, description, serverless, hasTimeLimit,
				timeLimitSeconds, timeLimit, null);
	}

	/**
	 * This service as the graph was at {@code asOf}: every field beneath it (relations, sources, traits) answers as
	 * of then too.
	 */
	public Service withAsOf(java.time.OffsetDateTime asOf) {
		return new Service(id, name, fullName, aliases, kind, category, provider, summary, description, serverless,
				hasTimeLimit, timeLimitSeconds, timeLimit, asOf);
	}

	/** The properties of a {@code :Service} node that {@link #of} reads: every read returns these and no others. */
	public static final List<String> PROPERTIES = List.of("id", "name", "fullName", "aliases", "kind", "category",
			"provider", "summary", "description", "serverless", "hasTimeLimit", "timeLimitSeconds", "timeLimit");

	/** The map projection of {@link #PROPERTIES} for Cypher written as text ({@code s {.id, .name, …}}). */
	public static final String PROJECTION = PROPERTIES.stream().map(p -> "." + p)
			.collect(Collectors.joining(", ", "{", "}"));

	public static Service of(Value value) {
		Map<String, Object> m = value.asMap();
		Object seconds = m.get("timeLimitSeconds");
		return new Service((String) m.get("id"), (String) m.get("name"), (String) m.get("fullName"),
				(m.get("aliases") != null) ? value.get("aliases").asList(Value::asString) : List.of(),
				((String) m.getOrDefault("kind", "service")).toUpperCase(), (String) m.get("category"),
				(String) m.get("provider"), (String) m.get("summary"), (String) m.get("description"),
				(Boolean) m.get("serverless"),
				(Boolean) m.get("hasTimeLimit"), (seconds != null) ? ((Number) seconds).intValue() : null,
				(String) m.get("timeLimit"));
	}

}
