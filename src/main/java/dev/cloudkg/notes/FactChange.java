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
		return new FactChange(statement.subject(), statement.fact(), describe(statement), statement.line(), statement.text());
	}

	private static String describe(Statement statement) {
		Map<String, Object> values = statement.values();
		return switch (statement.fact()) {
			case "exists" -> "exists as " + values.get("name");
			case "serverless" -> "serverless: " + values.get("value");
			case "timeLimit" -> "time limit: " + values.get("display");
			case "pricing" -> "pricing: " + values.get("target");
			case "trait" -> "trait " + values.get("target") + ": " + values.get("value");
			case "relation" -> values.get("type") + " " + values.get("target");
			default -> statement.key();
		};
	}

}
