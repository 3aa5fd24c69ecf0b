package dev.cloudkg.notes;

import dev.cloudkg.language.Words;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Relationships written without a phrase of the vocabulary. Arrows chain services ("API Gateway → Lambda
 * → DynamoDB": each arrow a relationship); a sentence in service X's text that names service Y through
 * other words ("polls", "Subscribers:", "load streams into") relates X to Y, keeping those words as
 * {@code via}; "polled by Lambda" turns around (Lambda relates to X). A passive form of a vocabulary
 * phrase ("triggered by S3") gives that phrase's type. The fallback type is {@code RELATED_TO}.
 */
final class LooseRelationReader {

	private static final int MAX_VIA_WORDS = 5;

	private static final java.util.regex.Pattern STOPS = java.util.regex.Pattern.compile("[.;:!?()]");

	private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.;!?]");

	private final NoteContext note;

	private final NameListReader lists;

	/** "triggered by" → TRIGGERS, from the vocabulary's one-word verb phrases ("triggers", "invokes"). */
	private final Map<String, String> passives = new LinkedHashMap<>();

	LooseRelationReader(NoteContext note, NameListReader lists) {
		this.note = note;
		this.lists = lists;
		note.vocabulary.phrases().relations().forEach((type, phrases) -> {
			for (String phrase : phrases) {
				String participle = participle(phrase.toLowerCase(Locale.ROOT).strip());
				if (participle != null) {
					passives.putIfAbsent(participle + " by", type);
				}
			}
		});
	}

	/** "triggers" → "triggered", "invokes" → "invoked", "launches" → "launched"; null for phrases of several words. */
	static String participle(String verb) {
		if (!verb.matches("[a-z]{3,}s") || verb.endsWith("ss")) {
			return null;
		}
		String base = verb.endsWith("ches") || verb.endsWith("shes") || verb.endsWith("xes") || verb.endsWith("sses")
				? verb.substring(0, verb.length() - 2)
				: verb.substring(0, verb.length() - 1);
		return base.endsWith("e") ? base + "d" : base + "ed";
	}

	/** A service found in the sentence, at word {@code start} up to {@code end}. */
	private record Named(String id, int start, int end) {
	}

	void read(Words words, List<String> subjects, Set<Integer> used, int line, String source) {
		String relatedTo = note.relatedTo();
		if (relatedTo == null) {
			return;
		}
		if (hasArrow(words)) {
			chain(words, named(words, Set.of()), relatedTo, line, source);
			return;
		}
		List<Named> named = named(words, used);
		if (named.isEmpty()) {
			return;
		}
		if (subjects.isEmpty()) {
			return;
		}
		int anchor = firstUnused(words, used);
		String via = null;
		boolean reversed = false;
		String type = relatedTo;
		Named previous = null;
		for (Named found : named) {
			if (subjects.contains(found.id())) {
				previous = found;
				via = null;
				continue;
			}
			boolean continues = previous != null && via != null && isListGap(words, previous.end(), found.start());
			if (!continues) {
				int from = (previous != null) ? previous.end() : anchor;
				Via read = via(words, from, found.start());
				if (read == null) {
					previous = found;
					via = null;
					continue;
				}
				via = read.text();
				reversed = read.reversed();
				type = (read.type() != null) ? read.type() : relatedTo;
			}
			previous = found;
			for (String subject : subjects) {
				note.relate(reversed ? found.id() : subject, reversed ? subject : found.id(), type, via, line, source);
			}
		}
	}

	/** Known services (and the note's own) at words no phrase has read, in text order. */
	private List<Named> named(Words words, Set<Integer> used) {
		List<Named> named = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			if (used.contains(i)) {
				continue;
			}
			Names.Found found = note.names.at(words, i);
			if (found != null) {
				named.add(new Named(found.id(), found.start(), found.end()));
				i = found.end() - 1;
			}
		}
		return named;
	}

	private static int firstUnused(Words words, Set<Integer> used) {
		int i = 0;
		while (i < words.size() && used.contains(i)) {
			i++;
		}
		return i;
	}

	private boolean hasArrow(Words words) {
		for (String arrow : note.grammar.arrows) {
			if (words.text().contains(arrow)) {
				return true;
			}
		}
		return false;
	}

	private boolean arrowBetween(Words words, int left, int right) {
		for (int i = left + 1; i <= right; i++) {
			String between = words.between(i - 1, i);
			for (String arrow : note.grammar.arrows) {
				if (between.contains(arrow)) {
					return true;
				}
			}
		}
		return false;
	}

	/** "SNS → SQS → Lambda", "S3 / DynamoDB -> Lambda": each arrow relates the names on either side of it. */
	private void chain(Words words, List<Named> named, String relatedTo, int line, String source) {
		List<List<Named>> groups = new ArrayList<>();
		List<Named> group = new ArrayList<>();
		for (Named found : named) {
			if (!group.isEmpty()) {
				Named last = group.get(group.size() - 1);
				if (arrowBetween(words, last.end() - 1, found.start())) {
					groups.add(group);
					group = new ArrayList<>();
				}
				else if (words.between(last.end() - 1, found.start()).strip().equals("(")) {
					// "ElastiCache (Redis) → RDS": an aside about the name before it, which stays in the chain
					note.relate(last.id(), found.id(), relatedTo, "(…)", line, source);
					continue;
				}
				else if (!isListGap(words, last.end(), found.start())) {
					// "S3 event notification → Lambda": only the name nearest the arrow takes part
					group = new ArrayList<>();
				}
			}
			group.add(found);
		}
		groups.add(group);
		for (int g = 0; g + 1 < groups.size(); g++) {
			for (Named from : groups.get(g)) {
				for (Named to : groups.get(g + 1)) {
					note.relate(from.id(), to.id(), relatedTo, "→", line, source);
				}
			}
		}
	}

	private boolean isListGap(Words words, int end, int start) {
		if (start > end + 1) {
			// "Blob Storage, queues, Event Grid": items that name no service between two that do
			String first = words.between(end - 1, end).strip();
			String last = words.between(start - 1, start).strip();
			boolean opens = first.equals(",") || first.equals("/");
			boolean closes = last.equals(",") || last.equals("/")
					|| last.isEmpty() && note.grammar.listWords.contains(words.get(start - 1).norm());
			return opens && closes && start - end <= 6 && !STOPS.matcher(words.between(end - 1, start)).find();
		}
		if (start != end) {
			return start == end + 1 && note.grammar.listWords.contains(words.get(end).norm());
		}
		String between = words.between(end - 1, start).strip();
		return between.equals(",") || between.equals("/") || between.equals("&") || between.equals("+");
	}

	/** @param text the words that relate the two @param reversed "polled by": the object acts on the subject */
	private record Via(String text, boolean reversed, String type, boolean titleCase) {
	}

	/** The words between two services that say how they relate, or null when they say nothing. */
	private Via via(Words words, int from, int to) {
		if (from >= to) {
			return null;
		}
		int start = from;
		int colon = -1;
		for (int i = from + 1; i <= to; i++) {
			String between = words.between(i - 1, i);
			if (SENTENCE_END.matcher(between).find()) {
				start = i;
				colon = -1;
			}
			else if (between.contains(":")) {
				colon = i;
			}
		}
		if (colon > start) {
			// "Subscribers: Email, Lambda, SQS": a label before a colon says how the list after it relates,
			// unless words after the colon say it themselves ("Description: integrates with SQS")
			boolean list = WordChecks.allCapitalised(words, colon, to);
			Via after = list ? null : verbal(trimmed(words, colon, to));
			return (after != null) ? after : trimmed(words, start, colon);
		}
		return verbal(trimmed(words, start, to));
	}

	/** "Private Docker Images Repository": words that are all capitalised name a thing, they relate nothing. */
	private Via verbal(Via via) {
		return (via == null || via.titleCase()) ? null : via;
	}

	private Via trimmed(Words words, int start, int end) {
		Grammar grammar = note.grammar;
		while (start < end && (grammar.notVerbs.contains(words.get(start).norm())
				|| grammar.fillers.contains(words.get(start).norm()))) {
			start++;
		}
		while (end > start && (grammar.notVerbs.contains(words.get(end - 1).norm())
				|| grammar.fillers.contains(words.get(end - 1).norm()))) {
			end--;
		}
		if (start >= end) {
			return null;
		}
		if (PhraseBook.endsBefore(words, end, note.book.negations)
				|| note.grammar.negations.contains(words.get(end - 1).norm())) {
			// "no EC2 instances", "without S3": a service named to say it is not there
			return null;
		}
		start = Math.max(start, end - MAX_VIA_WORDS);
		List<String> norms = new ArrayList<>();
		boolean titleCase = true;
		for (int i = start; i < end; i++) {
			norms.add(words.get(i).norm());
			titleCase &= words.get(i).capitalised();
		}
		String text = String.join(" ", norms);
		// "polled by", "triggered by HTTP, timers": the object acts on the subject
		for (int i = norms.size() - 1; i >= 1; i--) {
			if (norms.get(i).equals("by")) {
				String type = passives.get(norms.get(i - 1) + " by");
				if (type != null || norms.get(i - 1).endsWith("ed")
						|| note.grammar.participles.contains(norms.get(i - 1))) {
					return new Via(text, true, type, titleCase);
				}
			}
		}
		return new Via(text, false, null, titleCase);
	}

}
