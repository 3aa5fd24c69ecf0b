package dev.cloudkg.notes;

import java.util.List;

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

}
