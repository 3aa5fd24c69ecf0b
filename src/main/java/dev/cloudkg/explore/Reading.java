package dev.cloudkg.explore;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.cloudkg.language.Spelling;
import dev.cloudkg.language.Words.Word;

/**
 * One question being read: its words, the services its words name, and the most telling reason so far why it cannot
 * be read. Shapes of question and conditions are tried on the same reading, so a name is looked up in the graph
 * once however often it is tried.
 */
final class Reading {

	static final int UNKNOWN_WORD = 0;

	static final int UNKNOWN_SERVICE = 1;

	static final int UNSUPPORTED = 2;

	/** Longest span of words tried as a service name in the graph. */
	static final int MAX_NAME_WORDS = 6;

	final List<Word> words;

	final int n;

	final QuestionVocabulary vocabulary;

	final QuestionGrammar grammar;

	private final Function<String, String> lookup;

	private final Map<String, String> looked;

	private int problemRank = -1;

	private int problemAt = -1;

	private String problem;

	private boolean quiet;

	Reading(List<Word> words, QuestionVocabulary vocabulary, Function<String, String> lookup) {
		this(words, vocabulary, lookup, new HashMap<>());
	}

	private Reading(List<Word> words, QuestionVocabulary vocabulary, Function<String, String> lookup,
			Map<String, String> looked) {
		this.words = words;
		this.n = words.size();
		this.vocabulary = vocabulary;
		this.grammar = vocabulary.grammar;
		this.lookup = lookup;
		this.looked = looked;
	}

	/** The same question cut differently (an opening dropped, a word added), sharing the names looked up. */
	Reading with(List<Word> other) {
		return new Reading(other, vocabulary, lookup, looked);
	}

	String norm(int position) {
		return words.get(position).norm();
	}

	String text(int from, int to) {
		return QuestionWords.text(words.subList(from, to));
	}

	/** The reason this reading failed, or null when nothing was reported. */
	String problem() {
		return problem;
	}

	/** The services words {@code from} up to {@code to} name: one a vocabulary name, else one in the graph. */
	String service(int from, int to, boolean report) {
		for (QuestionVocabulary.Named named : vocabulary.names(words, from, to)) {
			if (named.end() == to) {
				return named.id();
			}
		}
		int first = from;
		while (first < to && grammar.articles().contains(norm(first))) {
			first++;
		}
		if (first == to || to - first > MAX_NAME_WORDS) {
			return null;
		}
		String text = text(first, to);
		String id = looked.computeIfAbsent(text.toLowerCase(Locale.ROOT), key -> {
			String found = lookup.apply(text);
			return (found != null) ? found : "";
		});
		if (id.isEmpty()) {
			if (report) {
				fail(UNKNOWN_SERVICE, from, "I don't know a service called \"" + text + "\".");
			}
			return null;
		}
		return id;
	}

	/** Two or more services: "Batch and Lambda", "Batch vs. Lambda vs. ECS", "AWS Batch, AWS Lambda". */
	List<String> list(int from, int to) {
		Set<String> ids = new LinkedHashSet<>();
		int position = from;
		int count = 0;
		while (position < to) {
			while (position < to && isSeparator(position)) {
				position++;
			}
			if (position == to) {
				break;
			}
			String id = null;
			int end = position;
			for (QuestionVocabulary.Named named : vocabulary.names(words, position, to)) {
				if (named.end() == to || isSeparator(named.end())) {
					id = named.id();
					end = named.end();
					break;
				}
			}
			if (id == null) {
				end = position;
				while (end < to && !isSeparator(end)) {
					end++;
				}
				id = service(position, end, true);
				if (id == null) {
					return null;
				}
			}
			ids.add(id);
			count++;
			position = end;
		}
		return (count >= 2) ? List.copyOf(ids) : null;
	}

	boolean isFiller(String word) {
		return grammar.fillers().contains(word) || vocabulary.prefixes.contains(word)
				|| word.length() >= 6 && grammar.fillers().stream().anyMatch(f -> Spelling.similar(word, f));
	}

	boolean isSeparator(int position) {
		String word = norm(position);
		return grammar.separators().contains(word) || vocabulary.comparisonWords.contains(word);
	}

	/** The result of reading something without reporting why it fails (a reading tried on the way to another). */
	<T> T quietly(Supplier<T> reading) {
		boolean was = quiet;
		quiet = true;
		try {
			return reading.get();
		}
		finally {
			quiet = was;
		}
	}

	/** Keeps the most telling reason: an unsupported construct, then an unknown service, then the furthest word. */
	void fail(int rank, int position, String message) {
		if (quiet) {
			return;
		}
		if (rank > problemRank || rank == problemRank && position > problemAt) {
			problemRank = rank;
			problemAt = position;
			problem = message;
		}
	}

	/** Takes another reading's reason when it is more telling than this one's. */
	void failAs(Reading other) {
		if (other != this && other.problem != null) {
			fail(other.problemRank, other.problemAt, other.problem);
		}
	}

}
