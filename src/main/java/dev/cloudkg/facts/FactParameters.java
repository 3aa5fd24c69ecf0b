package dev.cloudkg.facts;

import java.util.HashMap;
import java.util.Map;

import dev.cloudkg.model.FactKind;

/**
 * The stored name of every kind of fact as a Cypher parameter, {@code $timeLimitFact} for {@code 'timeLimit'}, so
 * no statement spells a stored name of its own.
 */
final class FactParameters {

	private static final Map<String, Object> FACTS = facts();

	private FactParameters() {
	}

	/** The parameter that holds the kind's stored name. */
	static String name(FactKind kind) {
		return kind.stored() + "Fact";
	}

	/** These parameters and the stored name of every kind of fact. */
	static Map<String, Object> with(Map<String, Object> parameters) {
		Map<String, Object> all = new HashMap<>(FACTS);
		all.putAll(parameters);
		return all;
	}

	private static Map<String, Object> facts() {
		Map<String, Object> facts = new HashMap<>();
		for (FactKind kind : FactKind.values()) {
			facts.put(name(kind), kind.stored());
		}
		return Map.copyOf(facts);
	}

}
