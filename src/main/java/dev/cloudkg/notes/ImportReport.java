package dev.cloudkg.notes;

import java.util.List;

import dev.cloudkg.facts.SourceDocument;
import dev.cloudkg.facts.Statement;
import dev.cloudkg.facts.StatementDiff;

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
		StatementDiff diff = StatementDiff.of(before, document.statements());
		return new ImportReport(document.id(), document.title(), document.path(), dryRun, changed,
				document.statements().size(), changes(diff.created()), changes(diff.updated()),
				changes(diff.retracted()), warnings);
	}

	static List<FactChange> changes(List<Statement> statements) {
		return statements.stream().map(FactChange::of).toList();
	}

}
