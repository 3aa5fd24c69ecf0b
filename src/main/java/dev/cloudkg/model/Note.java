package dev.cloudkg.model;

import java.util.Map;

import org.neo4j.driver.Value;

/** A source document: a note or a curated facts file. */
public record Note(String id, String title, String kind, String path) {

	public static final String PROJECTION = "{.id, .title, .kind, .path}";

	public static Note of(Value value) {
		Map<String, Object> m = value.asMap();
		return new Note((String) m.get("id"), (String) m.get("title"), (String) m.getOrDefault("kind", "note"),
				(String) m.get("path"));
	}

}
