package dev.cloudkg.facts;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.cloudkg.model.FactKind;

/**
 * One fact a source document states about a service, with where it says so. Stored as a
 * {@code (:Note)-[:STATES]->(:Service)} relationship; the service's properties and relationships are
 * derived from all statements about it.
 *
 * @param subject id of the service the fact is about
 * @param fact what kind of fact (stored by its {@link FactKind#stored() name})
 * @param key identifies the fact within the document (e.g. {@code rel:RUNS_ON:ecs}), so a fact is stated once
 * @param values the fact's values (e.g. {@code value}, {@code target}, {@code type})
 * @param line line of the document that states it
 * @param text the sentence or citation that states it
 */
public record Statement(String subject, FactKind fact, String key, Map<String, Object> values, int line, String text) {

	/** The properties of the {@code STATES} relationship. */
	public Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>(values);
		properties.put("fact", fact.stored());
		properties.put("key", key);
		properties.put("line", line);
		properties.put("text", text);
		return properties;
	}

	/** The trait, pricing model or related service a trait, pricing or relation statement is about; else null. */
	public String target() {
		return (String) values.get("target");
	}

}
