package dev.cloudkg.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.cloudkg.language.Words;
import dev.cloudkg.notes.PhraseBook.Match;

/**
 * Whom a phrase of a sentence is about, by how people write: the services its clause starts with ("…, but
 * BigQuery is serverless"), the services a relative clause points back to ("Fargate or Batch, neither of which
 * has a maximum run time"), the owner after it ("the timeout of SQS"), the service right before it ("Lambda
 * (max 15 minutes)"). Words it reads as names are marked used, so the loose reader leaves them.
 */
final class SubjectFinder {

	private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:.!?()\u2014]");

	private static final Pattern SENTENCE_MARK = Pattern.compile("[,;:.!?\u2014]");

	private final NoteContext note;

	private final NameListReader lists;

	SubjectFinder(NoteContext note, NameListReader lists) {
		this.note = note;
		this.lists = lists;
	}

	/**
	 * Services that a relative clause refers back to: "Fargate or Batch, neither of which has …", "ECS, which
	 * runs on EC2": the list right before ", which". Null when the phrase is not in such a clause.
	 * @param negated set to true when the clause denies it ("neither of which", "none of which")
	 */
	Relative relative(Words words, int phrase, int line, String source, Set<Integer> used) {
		int clause = clauseStart(words, 0, phrase);
		if (clause <= 0) {
			return null;
		}
		int position = clause;
		boolean negated = false;
		Grammar grammar = note.grammar;
		if (position + 1 < phrase && grammar.quantifiers.contains(words.get(position).norm())
				&& words.get(position + 1).norm().equals("of")) {
			negated = grammar.negativeQuantifiers.contains(words.get(position).norm());
			position += 2;
		}
		if (position >= phrase || !grammar.relatives.contains(words.get(position).norm())) {
			return null;
		}
		List<String> before = listEndingAt(words, clause, line, source, used);
		return before.isEmpty() ? null : new Relative(before, negated);
	}

	/** @param subjects the services referred to @param negated "neither of which" */
	record Relative(List<String> subjects, boolean negated) {
	}

	/** The services named in a list that ends right before word {@code end} (and a comma): "Fargate or Batch". */
	private List<String> listEndingAt(Words words, int end, int line, String source, Set<Integer> used) {
		List<String> found = new ArrayList<>();
		int to = end;
		while (to > 0) {
			Names.Found name = null;
			// the longest name that ends there: "AWS Batch", not "Batch"
			for (int start = Math.max(0, to - 5); start < to && name == null; start++) {
				Names.Found at = note.names.at(words, start);
				if (at != null && at.end() == to) {
					name = at;
				}
			}
			if (name == null) {
				break;
			}
			found.add(0, note.mention(name.id(), line, source));
			markNames(words, name.start(), name.end(), used);
			int start = name.start();
			if (start == 0) {
				break;
			}
			String gap = words.between(start - 1, start).strip();
			if (gap.equals(",") || gap.equals("/") || gap.equals("&")) {
				to = start;
			}
			else if (gap.isEmpty() && note.grammar.listWords.contains(words.get(start - 1).norm())) {
				to = start - 1;
			}
			else {
				break;
			}
		}
		return found;
	}

	/** The first word of the last clause that starts after {@code from} and before {@code to}, else -1. */
	int clauseStart(Words words, int from, int to) {
		int clause = -1;
		for (int i = Math.max(from, 1); i < to; i++) {
			String before = words.between(i - 1, i);
			if (before.contains(",") || before.contains(";") || before.contains(":") || before.contains("(")
					|| before.contains("\u2014") || before.contains(" - ") || before.contains("\u2013")
					|| note.grammar.conjunctions.contains(words.get(i).norm())) {
				clause = i;
			}
		}
		return clause;
	}

	/** The services a later clause starts with ("…, Lambda times out after 15 minutes"), else none. */
	List<String> clauseSubjects(Words words, int from, int to, int line, String source, Set<Integer> used) {
		int clause = clauseStart(words, from, to);
		if (clause < 0) {
			return List.of();
		}
		while (clause < to && (note.grammar.conjunctions.contains(words.get(clause).norm())
				|| note.grammar.determiners.contains(words.get(clause).norm()))) {
			clause++;
		}
		List<String> subjects = lists.leadingSubjects(words, clause, to, line, source);
		if (!subjects.isEmpty()) {
			markNames(words, clause, to, used);
		}
		return subjects;
	}

	/**
	 * Known services a sentence without phrases starts with ("SQS queues are polled by Lambda"), so the
	 * words after them relate them to what follows, and "It …" in the next sentence means them.
	 */
	List<String> knownLeading(Words words, Set<Integer> used) {
		int position = 0;
		while (position < words.size() - 1 && note.grammar.determiners.contains(words.get(position).norm())) {
			position++;
		}
		Names.Found found = (position < words.size()) ? note.names.at(words, position) : null;
		if (found != null) {
			markNames(words, 0, found.end(), used);
			return List.of(found.id());
		}
		return List.of();
	}

	/**
	 * "Tasks on Fargate can run as long as you like", "jobs in Cloud Run stop after 24 hours": a sentence whose
	 * subject is a thing in or on a service (a few small words, then "on"/"in" and the name) is about that service.
	 */
	List<String> placed(Words words, int phrase, int line, String source, Set<Integer> used) {
		Grammar grammar = note.grammar;
		int position = 0;
		while (position < phrase && grammar.determiners.contains(words.get(position).norm())) {
			position++;
		}
		int nouns = 0;
		while (position < phrase && nouns < 3 && !words.get(position).capitalised()
				&& !grammar.places.contains(words.get(position).norm())) {
			position++;
			nouns++;
		}

		if (nouns == 0 || position + 1 >= phrase || !grammar.places.contains(words.get(position).norm())) {
			return List.of();
		}
		int at = position + 1;
		if (grammar.determiners.contains(words.get(at).norm())) {
			at++;
		}
		Names.Found found = (at < phrase) ? note.names.at(words, at) : null;
		if (found == null || found.end() > phrase || phrase - found.end() > 3
				|| CLAUSE_MARK.matcher(words.between(found.end() - 1, phrase)).find()) {
			return List.of();
		}
		markNames(words, found.start(), found.end(), used);
		return List.of(note.mention(found.id(), line, source));
	}

	/** The first service the words name, as the subject of a sentence nothing else gives one; else none. */
	List<String> firstNamed(Words words, Set<Integer> used) {
		for (int i = 0; i < words.size(); i++) {
			Names.Found found = note.names.at(words, i);
			if (found != null) {
				markNames(words, found.start(), found.end(), used);
				return List.of(found.id());
			}
		}
		return List.of();
	}

	/** "… is out when Lambda (max 15 minutes per invocation) …": the service named right before the phrase. */
	List<String> nearestBefore(Words words, int start, boolean anyGap, int line, String source, Set<Integer> used) {
		for (int j = start - 1; j >= Math.max(0, start - 5); j--) {
			Names.Found found = note.names.at(words, j);
			if (found != null && found.end() <= start) {
				String gap = words.between(found.end() - 1, start);
				// with a service around, only "Lambda (max 15 minutes …)" names another one
				if (SENTENCE_MARK.matcher(gap).find()
						|| !anyGap && !(found.end() == start && gap.strip().equals("("))) {
					return List.of();
				}
				markNames(words, found.start(), found.end(), used);
				return List.of(note.mention(found.id(), line, source));
			}
		}
		return List.of();
	}

	/** "The visibility timeout of SQS …": a phrase followed by "of"/"for" and a service is about that service. */
	List<String> ownerAfter(Words words, Match match, int line, String source, Set<Integer> used) {
		int next = match.end();
		if (next + 1 >= words.size() || !note.grammar.owners.contains(words.get(next).norm())) {
			return List.of();
		}
		int position = next + 1;
		if (words.get(position).norm().equals("the") && position + 1 < words.size()) {
			position++;
		}
		Names.Found found = note.names.at(words, position);
		if (found == null) {
			return List.of();
		}
		markNames(words, next, found.end(), used);
		return List.of(note.mention(found.id(), line, source));
	}

	/** Marks the words of names between two words as read, so the loose reader leaves them. */
	static void markNames(Words words, int from, int to, Set<Integer> used) {
		for (int i = from; i < to && i < words.size(); i++) {
			used.add(i);
		}
	}

}
