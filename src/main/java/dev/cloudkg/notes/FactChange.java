package dev.cloudkg.notes;

import java.util.Map;

import dev.cloudkg.facts.Statement;

/**
 * One fact created, updated or retracted by an import.
 *
 * @param service the service it is about
 * @param fact exists, serverless, timeLimit, pricing, trait or relation
 * @param description the fact in words, e.g. "RUNS_ON ecs", "serverless: true"
 * @param line the line stating it (the old line for a retracted fact)
 * @param text the sentence stating it
 */
public record FactChange(String service, String fact, String description, int line, String text) {

	static FactChange of(Statement statement) {
		return new FactChange(statement.subject(), statement.fact().stored(), describe(statement), statement.line(),
				statement.text());
	}

	private static String describe(Statement statement) {
		Map<String, Object> values = statement.values();
		return switch (statement.fact()) {
			case EXISTS -> "exists as " + values.get("name");
			case SERVERLESS -> "serverless: " + values.get("value");
			case TIME_LIMIT -> "time limit: " + values.get("display");
			case PRICING -> "pricing: " + statement.target();
			case TRAIT -> "trait " + statement.target() + ": " + values.get("value");
			case RELATION -> values.get("type") + " " + statement.target();
		};
	}

}
