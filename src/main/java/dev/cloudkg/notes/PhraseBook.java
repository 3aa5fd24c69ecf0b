package dev.cloudkg.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.language.Phrase;
import dev.cloudkg.language.PhraseList;
import dev.cloudkg.language.Words;

/** The vocabulary's phrases, compiled once, and the search for them in a sentence. */
final class PhraseBook {

	static final String SERVERLESS = "serverless";

	static final String NOT_SERVERLESS = "not-serverless";

	static final String NO_TIME_LIMIT = "no-time-limit";

	static final String TIME_LIMIT = "time-limit";

	/** A time-limit phrase that states one only with a duration right after it ("up to 15 minutes"). */
	static final String TIME_LIMIT_WITH_DURATION = "time-limit-with-duration";

	/** A time-limit phrase that states one only right after a duration ("9 min max"). */
	static final String TIME_LIMIT_AFTER_DURATION = "time-limit-after-duration";

	final PhraseList relations;

	final PhraseList pricing;

	final PhraseList traits;

	/** serverless, not-serverless, no-time-limit and time-limit phrases. */
	final PhraseList properties;

	final PhraseList negations;

	final PhraseList affirmative;

	final PhraseList negative;

	final Map<String, PhraseList> kinds;

	/** Which list a phrase comes from, by identity: comparing phrases word by word made that a hot spot. */
	private final Map<Phrase, PhraseList> home = new java.util.IdentityHashMap<>();

	PhraseBook(Vocabulary.Phrases phrases) {
		relations = compile(phrases.relations());
		pricing = compile(phrases.pricing());
		traits = compile(phrases.traits());
		properties = compile(Map.of(SERVERLESS, phrases.serverless(), NOT_SERVERLESS, phrases.notServerless(),
				NO_TIME_LIMIT, phrases.noTimeLimit(), TIME_LIMIT, phrases.timeLimit(), TIME_LIMIT_WITH_DURATION,
				weaker(phrases.timeLimitWithDuration(), phrases), TIME_LIMIT_AFTER_DURATION,
				weaker(phrases.timeLimitAfterDuration(), phrases)));
		negations = compile(Map.of("no", phrases.negations()));
		affirmative = compile(Map.of("yes", phrases.affirmative()));
		negative = compile(Map.of("no", phrases.negative()));
		kinds = Map.copyOf(phrases.kinds()
				.entrySet()
				.stream()
				.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
						e -> compile(Map.of(e.getKey(), e.getValue())))));
		for (PhraseList list : List.of(relations, pricing, traits, properties)) {
			list.forEach(phrase -> home.put(phrase, list));
		}
	}

	/** Whether the phrase is one of this list's (the same object, as {@link #find} returns it). */
	boolean in(PhraseList list, Phrase phrase) {
		return home.get(phrase) == list;
	}

	/** A phrase that states a time limit on its own ("time limit") is not also a weaker one that needs a duration. */
	private static List<String> weaker(List<String> weak, Vocabulary.Phrases phrases) {
		java.util.Set<String> strong = new java.util.HashSet<>();
		phrases.timeLimit().forEach(p -> strong.add(p.strip().toLowerCase(java.util.Locale.ROOT)));
		phrases.noTimeLimit().forEach(p -> strong.add(p.strip().toLowerCase(java.util.Locale.ROOT)));
		return weak.stream().filter(p -> !strong.contains(p.strip().toLowerCase(java.util.Locale.ROOT))).toList();
	}

	private static PhraseList compile(Map<String, List<String>> byKey) {
		List<Phrase> compiled = new ArrayList<>();
		byKey.forEach((key, list) -> list.forEach(source -> {
			Phrase phrase = Phrase.of(key, source);
			if (phrase.weight() > 0) {
				compiled.add(phrase);
			}
		}));
		compiled.sort(Comparator.comparingInt(Phrase::weight).reversed());
		return new PhraseList(compiled);
	}

	/** Matches of these phrases in the words, longest first, none overlapping another, in text order. */
	static List<Match> find(Words words, PhraseList phrases) {
		List<Match> all = new ArrayList<>();
		for (int start = 0; start < words.size(); start++) {
			for (Phrase phrase : phrases.startingWith(words.get(start).norm().charAt(0))) {
				int end = phrase.matchAt(words, start);
				if (end > start) {
					all.add(new Match(phrase, start, end));
				}
			}
		}
		all.sort(Comparator.comparingInt((Match m) -> m.phrase().weight()).reversed().thenComparingInt(Match::start));
		List<Match> chosen = new ArrayList<>();
		for (Match match : all) {
			if (chosen.stream().noneMatch(c -> c.start() < match.end() && match.start() < c.end())) {
				chosen.add(match);
			}
		}
		chosen.sort(Comparator.comparingInt(Match::start));
		return chosen;
	}

	/** Whether the words from {@code start} to {@code end} are exactly one of these phrases. */
	static boolean whole(Words words, int start, int end, List<Phrase> phrases) {
		for (Phrase phrase : candidates(words, start, phrases)) {
			if (phrase.matchAt(words, start) == end) {
				return true;
			}
		}
		return false;
	}

	/** The phrases that can match at a word: those of its first letter, when the list is indexed so. */
	private static List<Phrase> candidates(Words words, int start, List<Phrase> phrases) {
		return (phrases instanceof PhraseList list && start < words.size())
				? list.startingWith(words.get(start).norm().charAt(0))
				: phrases;
	}

	/** Whether one of these phrases ends right before word {@code index} (one filler word allowed). */
	static boolean endsBefore(Words words, int index, List<Phrase> phrases) {
		for (int start = Math.max(0, index - 4); start < index; start++) {
			for (Phrase phrase : candidates(words, start, phrases)) {
				int end = phrase.matchAt(words, start);
				if (end == index || end == index - 1 && end > start) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * @param phrase the phrase found
	 * @param start first word
	 * @param end word after the last
	 */
	record Match(Phrase phrase, int start, int end) {

		String key() {
			return phrase.key();
		}

	}

}
