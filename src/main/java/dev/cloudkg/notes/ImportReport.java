package dev.cloudkg.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cloudkg.facts.SourceDocument;
import dev.cloudkg.facts.Statement;

import dev.cloudkg.notes.FactExtractor.Warning;

/**
 * What importing (or deleting) a note did, or would do on a dry run.
 *
 * @param noteId the note
 * @param title its title
 * @param path where it came from
 * @param dryRun nothing was written
 * @param changed the graph changed (false for an unchanged note or a dry run)
 * @param facts how many facts the note states now
 * @param created facts the note states that it did not state before
 * @param updated facts whose value changed
 * @param retracted facts it stated before and no longer does
 * @param warnings what was skipped or guessed, with lines
 */
public record ImportReport(String noteId, String title, String path, boolean dryRun, boolean changed, int facts,
		List<FactChange> created, List<FactChange> updated, List<FactChange> retracted, List<Warning> warnings) {

	/** One line for logs and the command line: "notes/x: 12 facts (3 created, 1 updated, 0 retracted)". */
	public String summary() {
		return noteId + ": " + facts + " facts (" + created.size() + " created, " + updated.size() + " updated, "
				+ retracted.size() + " retracted" + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warnings")
				+ (dryRun ? ", dry run" : "") + ")";
	}

	/**
	 * The report of writing {@code document} over what its note stated {@code before}: a fact is created, updated
	 * (same key, other values) or retracted.
	 */
	static ImportReport of(SourceDocument document, List<Statement> before, boolean dryRun, boolean changed,
			List<Warning> warnings) {
		Map<String, Statement> old = new LinkedHashMap<>();
		before.forEach(s -> old.put(s.subject() + "|" + s.key(), s));
		List<FactChange> created = new ArrayList<>();
		List<FactChange> updated = new ArrayList<>();
		for (Statement statement : document.statements()) {
			Statement previous = old.remove(statement.subject() + "|" + statement.key());
			if (previous == null) {
				created.add(FactChange.of(statement));
			}
			else if (!comparable(previous.values()).equals(comparable(statement.values()))) {
				updated.add(FactChange.of(statement));
			}
		}
		List<FactChange> retracted = old.values().stream().map(FactChange::of).toList();
		return new ImportReport(document.id(), document.title(), document.path(), dryRun, changed,
				document.statements().size(), List.copyOf(created), List.copyOf(updated), retracted, warnings);
	}

	/** Values as stored and as extracted compare equal: numbers as longs. */
	private static Map<String, Object> comparable(Map<String, Object> values) {
		Map<String, Object> result = new LinkedHashMap<>();
		values.forEach((k, v) -> result.put(k, (v instanceof Number n) ? (Object) n.longValue() : v));
		return result;
	}

}
