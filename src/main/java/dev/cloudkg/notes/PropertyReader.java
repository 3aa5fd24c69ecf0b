package dev.cloudkg.notes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.cloudkg.facts.FactsFileReader;
import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.notes.PhraseBook.Match;

/** What a serverless or time-limit phrase states: "serverless", "no time limit", "up to 15 minutes". */
final class PropertyReader {

	private final Vocabulary vocabulary;

	private final PhraseBook book;

	private final Grammar grammar;

	private final Pattern duration;

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
		this.duration = units.isEmpty() ? null
				: Pattern.compile("(\\d{1,9}(?:\\.\\d{1,6})?)\\s*(" + units + ")\\b", Pattern.CASE_INSENSITIVE);
	}

	/** "serverless" or "timeLimit": the fact a property phrase states. */
	static String fact(Match match) {
		return match.key().equals(PhraseBook.SERVERLESS) || match.key().equals(PhraseBook.NOT_SERVERLESS) ? "serverless"
				: "timeLimit";
	}

	/** The values a serverless or time-limit phrase states, or null when it states nothing about a service. */
	Map<String, Object> property(Match match, Words words, boolean negated) {
		Map<String, Object> values = new LinkedHashMap<>();
		if (match.key().equals(PhraseBook.TIME_LIMIT) && classifies(words, match.start())) {
			return null;
		}
		if (match.key().equals(PhraseBook.TIME_LIMIT_WITH_DURATION) && !durationFollows(words, match.end())) {
			return null;
		}
		switch (match.key()) {
			case PhraseBook.SERVERLESS -> values.put("value",
					!(negated || PhraseBook.endsBefore(words, match.start(), book.negations)));
			case PhraseBook.NOT_SERVERLESS -> values.put("value", false);
			case PhraseBook.NO_TIME_LIMIT -> noTimeLimit(values);
			default -> {
				if (negated || PhraseBook.endsBefore(words, match.start(), book.negations)) {
					noTimeLimit(values);
				}
				else {
					values.put("hasTimeLimit", true);
					Long seconds = seconds(words.text(), words.get(match.start()).start());
					if (seconds != null) {
						values.put("seconds", seconds);
						values.put("display", FactsFileReader.human(seconds));
					}
					else {
						values.put("display", "has a time limit");
					}
				}
			}
		}
		return values;
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

	/** A duration starts within two words after the phrase: "up to 15 minutes", "timeout: 30 s". */
	private boolean durationFollows(Words words, int end) {
		if (duration == null || end >= words.size()) {
			return false;
		}
		int from = words.get(end).start();
		int to = words.get(Math.min(words.size() - 1, end + 2)).end();
		Matcher matcher = duration.matcher(words.text());
		return matcher.find(from) && matcher.start() < to;
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
			Integer unit = vocabulary.phrases().units().get(matcher.group(2).toLowerCase(Locale.ROOT));
			long value = Math.round(Double.parseDouble(matcher.group(1)) * unit);
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
