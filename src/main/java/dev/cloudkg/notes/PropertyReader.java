package dev.cloudkg.notes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.language.Words;
import dev.cloudkg.model.Durations;
import dev.cloudkg.model.FactKind;
import dev.cloudkg.notes.PhraseBook.Match;

/** What a serverless or time-limit phrase states: "serverless", "no time limit", "up to 15 minutes". */
final class PropertyReader {

	private final Vocabulary vocabulary;

	private final PhraseBook book;

	private final Grammar grammar;

	private final Pattern duration;

	private static final Pattern PUNCTUATION = Pattern.compile("[,;:.!?()]");

	/** "up to a year", "one hour": durations written in words. */
	private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
			Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
			Map.entry("six", 6), Map.entry("ten", 10), Map.entry("twelve", 12), Map.entry("fifteen", 15),
			Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("sixty", 60));

	PropertyReader(Vocabulary vocabulary, PhraseBook book, Grammar grammar) {
		this.vocabulary = vocabulary;
		this.book = book;
		this.grammar = grammar;
		String units = vocabulary.phrases()
				.units()
				.keySet()
				.stream()
				.sorted(Comparator.comparingInt(String::length).reversed())
				.map(Pattern::quote)
				.collect(Collectors.joining("|"));
		this.duration = units.isEmpty()
				? null
				: Pattern.compile("(?:(\\d{1,9}(?:\\.\\d{1,6})?)[\\s-]*|\\b(" + String.join("|", NUMBER_WORDS.keySet())
						+ ")[\\s-]+)(" + units + ")\\b", Pattern.CASE_INSENSITIVE);
	}

	/** A time-limit phrase that needs a duration beside it. */
	static boolean weak(Match match) {
		return match.key().equals(PhraseBook.TIME_LIMIT_WITH_DURATION)
				|| match.key().equals(PhraseBook.TIME_LIMIT_AFTER_DURATION);
	}

	/** Serverless or time limit: the fact a property phrase states. */
	static FactKind fact(Match match) {
		return match.key().equals(PhraseBook.SERVERLESS) || match.key().equals(PhraseBook.NOT_SERVERLESS)
				? FactKind.SERVERLESS
				: FactKind.TIME_LIMIT;
	}

	/** The values a serverless or time-limit phrase states, or null when it states nothing about a service. */
	Map<String, Object> property(Match match, Words words, boolean negated) {
		Map<String, Object> values = new LinkedHashMap<>();
		if (match.key().equals(PhraseBook.TIME_LIMIT) && classifies(words, match.start())) {
			return null;
		}
		Long before = null;
		if (weak(match)) {
			// "up to 15 minutes", "9 min max": these words state a limit only beside a duration
			before = match.key().equals(PhraseBook.TIME_LIMIT_AFTER_DURATION)
					? durationBefore(words, match.start())
					: null;
			if (before == null && !durationFollows(words, match.end())) {
				before = durationBefore(words, match.start());
				if (before == null) {
					return null;
				}
			}
		}
		switch (match.key()) {
			case PhraseBook.SERVERLESS -> values.put("value",
					!(negated || PhraseBook.endsBefore(words, match.start(), book.negations)));
			case PhraseBook.NOT_SERVERLESS -> values.put("value", false);
			case PhraseBook.NO_TIME_LIMIT -> noTimeLimit(values);
			case PhraseBook.TIME_LIMIT_WITH_DURATION, PhraseBook.TIME_LIMIT_AFTER_DURATION -> {
				values.put("hasTimeLimit", true);
				Long seconds = (before != null) ? before : seconds(words.text(), words.get(match.start()).start());
				values.put("seconds", seconds);
				values.put("display", Durations.human(seconds));
			}
			default -> {
				if (negated || PhraseBook.endsBefore(words, match.start(), book.negations)) {
					noTimeLimit(values);
				}
				else {
					values.put("hasTimeLimit", true);
					Long seconds = (before != null) ? before : seconds(words.text(), words.get(match.start()).start());
					if (seconds != null) {
						values.put("seconds", seconds);
						values.put("display", Durations.human(seconds));
					}
					else {
						values.put("display", "has a time limit");
					}
				}
			}
		}
		return values;
	}

	/** Whether this time-limit phrase says that something is not a time limit ("…, not a time limit"). */
	boolean denies(Match match, Words words) {
		return match.key().equals(PhraseBook.TIME_LIMIT) && classifies(words, match.start());
	}

	/**
	 * "…, which is not a time limit": something is said not to be one, which says nothing about whether
	 * the service has one ("there is not a time limit" does).
	 */
	private boolean classifies(Words words, int start) {
		if (start < 2 || !grammar.articles.contains(words.get(start - 1).norm())) {
			return false;
		}
		String negation = words.get(start - 2).norm();
		if (negation.equals("t") && start >= 3) {
			String verb = words.get(start - 3).norm();
			return grammar.copulas.contains(verb.substring(0, verb.length() - 1));
		}
		// "(backups are kept 35 days, not a time limit)": only "there is not a time limit" denies one
		return negation.equals("not") && !(start >= 4 && words.get(start - 4).norm().equals("there"));
	}

	/** The duration that ends right before the phrase ("9 min max", "a 10 minute cap"), or null. */
	private Long durationBefore(Words words, int start) {
		if (duration == null || start == 0) {
			return null;
		}
		int from = words.get(Math.max(0, start - 4)).start();
		int to = words.get(start).start();
		Matcher matcher = duration.matcher(words.text());
		matcher.region(from, to);
		Long last = null;
		while (matcher.find()) {
			if (words.text().substring(matcher.end(), to).strip().length() <= 1) {
				last = value(matcher);
			}
		}
		return last;
	}

	private long value(Matcher matcher) {
		double amount = (matcher.group(1) != null)
				? Double.parseDouble(matcher.group(1))
				: NUMBER_WORDS.get(matcher.group(2).toLowerCase(Locale.ROOT));
		Integer unit = vocabulary.phrases().units().get(matcher.group(3).toLowerCase(Locale.ROOT));
		return Math.round(amount * unit);
	}

	/** A duration follows the phrase closely: within two words, or five with no punctuation between. */
	private boolean durationFollows(Words words, int end) {
		if (duration == null || end >= words.size()) {
			return false;
		}
		// "up to 15 minutes", "timeout: 30 s", "the hard maximum for Lambda is 900 seconds"
		int from = words.get(end).start();
		Matcher matcher = duration.matcher(words.text());
		if (!matcher.find(from)) {
			return false;
		}
		int near = words.get(Math.min(words.size() - 1, end + 2)).end();
		int far = words.get(Math.min(words.size() - 1, end + 5)).end();
		return matcher.start() < near
				|| matcher.start() < far && !PUNCTUATION.matcher(words.text().substring(from, matcher.start())).find();
	}

	/** A time limit of the duration written between two words ("after 15 minutes"), or null when none is. */
	Map<String, Object> durationBetween(Words words, int from, int to) {
		if (duration == null || from >= to) {
			return null;
		}
		Matcher matcher = duration.matcher(words.text());
		matcher.region(words.get(from).start(), words.get(to - 1).end());
		if (!matcher.find()) {
			return null;
		}
		long seconds = value(matcher);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("hasTimeLimit", true);
		values.put("seconds", seconds);
		values.put("display", Durations.human(seconds));
		return values;
	}

	/** Whether a duration is written starting at the word ("15 minutes", "15-minute"). */
	boolean durationStartsAt(Words words, int index) {
		if (duration == null || index >= words.size()) {
			return false;
		}
		Matcher matcher = duration.matcher(words.text());
		return matcher.find(words.get(index).start()) && matcher.start() == words.get(index).start();
	}

	private static void noTimeLimit(Map<String, Object> values) {
		values.put("hasTimeLimit", false);
		values.put("display", "no time limit");
	}

	/** The first duration after {@code from}, else the first in the sentence. */
	private Long seconds(String text, int from) {
		if (duration == null) {
			return null;
		}
		Matcher matcher = duration.matcher(text);
		Long first = null;
		while (matcher.find()) {
			long value = value(matcher);
			if (matcher.start() >= from) {
				return value;
			}
			if (first == null) {
				first = value;
			}
		}
		return first;
	}

}
