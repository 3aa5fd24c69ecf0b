package dev.cloudkg.notes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cloudkg.facts.Statement;
import dev.cloudkg.model.FactKind;

/** A service as the note describes it, becoming its {@code exists} statement. */
final class Draft {

	final String id;

	final int line;

	final String text;

	String name;

	String fullName;

	List<String> aliases = List.of();

	String kind = "service";

	String category;

	String provider;

	String summary;

	String description;

	Draft(String id, int line, String text) {
		this.id = id;
		this.line = line;
		this.text = text;
	}

	Draft summary(String summary) {
		if (this.summary == null && summary != null && !summary.isBlank()) {
			this.summary = summary.strip();
		}
		return this;
	}

	Draft fullNameIfUnknown(NameParts parts) {
		if (fullName == null && parts.paren() != null) {
			fullName = parts.paren();
		}
		return this;
	}

	Statement statement() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", name);
		putIfSet(values, "fullName", fullName);
		if (!aliases.isEmpty()) {
			values.put("aliases", aliases);
		}
		values.put("kind", kind);
		putIfSet(values, "category", category);
		putIfSet(values, "provider", provider);
		putIfSet(values, "summary", summary);
		putIfSet(values, "description", description);
		return new Statement(id, FactKind.EXISTS, FactKind.EXISTS.stored(), values, line, text);
	}

	private static void putIfSet(Map<String, Object> values, String key, String value) {
		if (value != null) {
			values.put(key, value);
		}
	}

}
