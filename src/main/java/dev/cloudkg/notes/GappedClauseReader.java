package dev.cloudkg.notes;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cloudkg.language.Words;
import dev.cloudkg.model.FactKind;
import dev.cloudkg.notes.NameListReader.Targets;
import dev.cloudkg.notes.PhraseBook.Match;

/**
 * What a sentence states without a phrase of its own, because the rest of the sentence said it: a clause
 * that leaves its verb out ("Cloud Functions stop after 9 minutes, Lambda after 15 minutes", "Lambda has a
 * 15-minute limit, Batch none": the services it starts with get what the last serverless or time-limit phrase
 * said, with the clause's own duration, or its opposite for a negative answer), and a possessive duration in
 * a sentence about time limits ("no time limit like Lambda's 15 minutes").
 */
final class GappedClauseReader {

	/** A gapped clause is short: the service, then a duration or an answer. */
	private static final int MAX_REST_WORDS = 4;

	private final NoteContext note;

	private final NameListReader lists;

	GappedClauseReader(NoteContext note, NameListReader lists) {
		this.note = note;
		this.lists = lists;
	}

	/**
	 * @param last the last property phrase read @param subjects whom it was about @param from the word after
	 * what it used
	 */
	void read(Words words, Match last, List<String> subjects, int from, int line, String source, Set<Integer> used) {
		FactKind fact = PropertyReader.fact(last);
		int start = nextClause(words, from, words.size());
		while (start >= 0) {
			int end = nextClause(words, start + 1, words.size());
			int to = (end < 0) ? words.size() : end;
			int clause = start;
			while (clause < to && note.grammar.conjunctions.contains(words.get(clause).norm())) {
				clause++;
			}
			Targets lead = lists.leading(words, clause, to, line, source);
			int rest = to - lead.end();
			if (!lead.ids().isEmpty() && rest >= 1 && rest <= MAX_REST_WORDS
					&& lead.ids().stream().noneMatch(subjects::contains)) {
				Map<String, Object> values = values(words, fact, lead.end(), to);
				if (values != null) {
					SubjectFinder.markNames(words, clause, to, used);
					for (String subject : lead.ids()) {
						note.state(subject, fact, fact.stored(), values, line, source);
					}
				}
			}
			start = end;
		}
	}

	/**
	 * "… there is no time limit like Lambda's 15 minutes": in a sentence about time limits, a service's
	 * possessive right before a duration states that service's limit.
	 */
	void possessives(Words words, int line, String source) {
		for (int i = 0; i + 2 < words.size(); i++) {
			Names.Found found = note.names.at(words, i);
			if (found == null) {
				continue;
			}
			int end = found.end();
			i = end - 1;
			if (end + 1 >= words.size() || !words.get(end).norm().equals("s")
					|| !words.between(end - 1, end).strip().matches("['\u2019]")) {
				continue;
			}
			Map<String, Object> values = note.properties.durationBetween(words, end + 1,
					Math.min(words.size(), end + 3));
			if (values != null && note.properties.durationStartsAt(words, end + 1)) {
				note.state(note.mention(found.id(), line, source), FactKind.TIME_LIMIT, FactKind.TIME_LIMIT.stored(),
						values,
						line, source);
			}
		}
	}

	/** What the rest of a gapped clause states: a duration for a time limit, or the opposite for a "no". */
	private Map<String, Object> values(Words words, FactKind fact, int from, int to) {
		if (PhraseBook.whole(words, from, to, note.book.negative)) {
			return (fact == FactKind.TIME_LIMIT)
					? Map.of("hasTimeLimit", false, "display", "no time limit")
					: Map.of("value", false);
		}
		return (fact == FactKind.TIME_LIMIT) ? note.properties.durationBetween(words, from, to) : null;
	}

	/** The first word of the next clause (after a comma, semicolon or conjunction), from {@code from} on; -1 if none. */
	private int nextClause(Words words, int from, int to) {
		for (int i = Math.max(from, 1); i < to; i++) {
			String before = words.between(i - 1, i);
			if (before.contains(",") || before.contains(";")
					|| note.grammar.conjunctions.contains(words.get(i).norm())) {
				return i;
			}
		}
		return -1;
	}

}
