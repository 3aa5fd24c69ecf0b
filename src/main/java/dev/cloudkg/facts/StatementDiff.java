package dev.cloudkg.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one version of a document states against the version before: facts created (a key it did not state),
 * updated (same key, other values) and retracted (a key it no longer states). The import report and the stored
 * history both read it from here.
 *
 * @param created statements of the new version whose key is new
 * @param updated statements of the new version whose key was stated with other values
 * @param retracted statements of the old version whose key is gone
 */
public record StatementDiff(List<Statement> created, List<Statement> updated, List<Statement> retracted) {

	public static StatementDiff of(List<Statement> before, List<Statement> after) {
		Map<String, Statement> old = new LinkedHashMap<>();
		before.forEach(s -> old.put(s.subject() + "|" + s.key(), s));
		List<Statement> created = new ArrayList<>();
		List<Statement> updated = new ArrayList<>();
		for (Statement statement : after) {
			Statement previous = old.remove(statement.subject() + "|" + statement.key());
			if (previous == null) {
				created.add(statement);
			}
			else if (!comparable(previous.values()).equals(comparable(statement.values()))) {
				updated.add(statement);
			}
		}
		return new StatementDiff(List.copyOf(created), List.copyOf(updated), List.copyOf(old.values()));
	}

	/**
	 * What a statement says and where, as one string: two statements with the same identity say the same thing
	 * on the same line in the same words (a moved line is a new source).
	 */
	static String identity(Statement statement) {
		return statement.subject() + "|" + statement.key() + "|" + statement.line() + "|"
				+ new TreeMap<>(comparable(statement.values())) + "|" + statement.text();
	}

	/** Values as stored and as extracted compare equal: numbers as longs. */
	private static Map<String, Object> comparable(Map<String, Object> values) {
		Map<String, Object> result = new LinkedHashMap<>();
		values.forEach((k, v) -> result.put(k, (v instanceof Number n) ? (Object) n.longValue() : v));
		return result;
	}

}
