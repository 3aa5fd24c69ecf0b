package dev.cloudkg.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cloudkg.facts.Statement;
import dev.cloudkg.model.FactKind;
import dev.cloudkg.notes.FactExtractor.Warning;

/**
 * The facts one note states so far, one per subject and key, and its warnings: a second statement of the
 * same fact keeps the first (with a warning when they disagree), except that a time limit with a duration
 * says more than one without.
 */
final class StatementStore {

	/** Stored sentence text is a snippet around the fact, so one long sentence cannot make every fact large. */
	static final int MAX_SOURCE_TEXT = 400;

	private final Map<String, Statement> statements = new LinkedHashMap<>();

	/** A report lists this many warnings and counts the rest: a note of 20,000 unknown names is not a 3 MB answer. */
	static final int MAX_WARNINGS = 100;

	private final List<Warning> warnings = new ArrayList<>();

	private int moreWarnings;

	/** "a|b" for every relationship stated between two services, either way round. */
	private final Set<String> related = new HashSet<>();

	/** The subjects of the facts stated so far. */
	private final Set<String> subjects = new HashSet<>();

	void warn(int line, String message) {
		if (warnings.size() < MAX_WARNINGS) {
			warnings.add(new Warning(line, message));
		}
		else {
			moreWarnings++;
		}
	}

	/** The first {@link #MAX_WARNINGS} warnings in the order given, and then how many more there were. */
	List<Warning> warnings() {
		if (moreWarnings == 0) {
			return List.copyOf(warnings);
		}
		List<Warning> listed = new ArrayList<>(warnings);
		listed.add(new Warning(warnings.get(MAX_WARNINGS - 1).line(), String.format(java.util.Locale.ROOT,
				"and %,d more warnings like these, not listed (a report lists the first %d)", moreWarnings,
				MAX_WARNINGS)));
		return List.copyOf(listed);
	}

	/** Whether the note already relates the two services, of any type, either way round. */
	boolean related(String a, String b) {
		return related.contains(a + "|" + b);
	}

	/** Whether any fact is stated with the service as its subject. */
	boolean hasFacts(String subject) {
		return subjects.contains(subject);
	}

	void put(String key, Statement statement) {
		statements.put(key, statement);
	}

	/** Every statement, in line order. */
	List<Statement> ordered() {
		List<Statement> ordered = new ArrayList<>(statements.values());
		ordered.sort(Comparator.comparingInt(Statement::line));
		return List.copyOf(ordered);
	}

	void state(String subject, FactKind fact, String key, Map<String, Object> values, int line, String source) {
		if (subject == null) {
			return;
		}
		String id = subject + "|" + key;
		Statement statement = new Statement(subject, fact, key, values, line, snippet(source));
		Statement earlier = statements.get(id);
		subjects.add(subject);
		if (fact == FactKind.RELATION) {
			related.add(subject + "|" + statement.target());
			related.add(statement.target() + "|" + subject);
		}
		if (earlier == null) {
			statements.put(id, statement);
		}
		else if (fact == FactKind.TIME_LIMIT && Boolean.TRUE.equals(earlier.values().get("hasTimeLimit"))
				&& Boolean.TRUE.equals(values.get("hasTimeLimit"))) {
			// "up to 15 minutes" says more than a table's bare "Time Limit"; "5 minutes by default and at most 10"
			// in one sentence: the limit is the larger
			Object before = earlier.values().get("seconds");
			Object now = values.get("seconds");
			if (before == null && now != null
					|| earlier.line() == line && before instanceof Long b && now instanceof Long n
							&& n > b) {
				statements.put(id, statement);
			}
		}
		else if (!comparable(earlier.values()).equals(comparable(values))) {
			warn(line,
					"this says " + describe(values) + " about '" + subject + "', but line " + earlier.line() + " says "
							+ describe(earlier.values()) + "; kept line " + earlier.line());
		}
	}

	/** At most {@link #MAX_SOURCE_TEXT} characters of the text, cut at a word boundary. */
	static String snippet(String text) {
		if (text == null || text.length() <= MAX_SOURCE_TEXT) {
			return text;
		}
		int end = MAX_SOURCE_TEXT;
		while (end > 0 && !Character.isWhitespace(text.charAt(end))) {
			end--;
		}
		return text.substring(0, end).strip() + " …";
	}

	private static Map<String, Object> comparable(Map<String, Object> values) {
		Map<String, Object> comparable = new LinkedHashMap<>(values);
		comparable.remove("display");
		comparable.remove("via");
		if (Boolean.TRUE.equals(values.get("hasTimeLimit")) && values.get("seconds") == null) {
			comparable.remove("hasTimeLimit");
		}
		return comparable;
	}

	private static String describe(Map<String, Object> values) {
		Object display = values.get("display");
		return (display != null) ? String.valueOf(display) : String.valueOf(values.get("value"));
	}

}
