package dev.cloudkg.explore;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns what a user typed into Lucene queries for the full-text indexes. The text is cut into words of
 * letters and digits only, so no Lucene syntax of the user's survives ({@code "(a:b"}, {@code *} and
 * {@code ~} are separators); each word matches exactly (boosted) or within a small edit distance
 * ("lamnda" finds "lambda"), and the whole text as a phrase scores higher still ("docker registry").
 */
record SearchQuery(List<String> words) {

	private static final int MAX_WORDS = 12;

	private static final int MAX_WORD_LENGTH = 40;

	/** Service fields and how much a match in each counts. */
	private static final List<String> SERVICE_FIELDS = List.of("name^4", "aliases^3", "fullName^2", "summary^1",
			"description^1");

	static SearchQuery of(String text) {
		List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
				.filter(w -> !w.isEmpty() && w.length() <= MAX_WORD_LENGTH)
				.distinct()
				.limit(MAX_WORDS)
				.toList();
		return new SearchQuery(words);
	}

	boolean isEmpty() {
		return words.isEmpty();
	}

	/** The query for the {@code service_text} index. */
	String services() {
		return SERVICE_FIELDS.stream().map(f -> {
			String[] parts = f.split("\\^");
			return field(parts[0], parts[1]);
		}).collect(Collectors.joining(" "));
	}

	/** The query for the {@code states_text} index (note sentences). */
	String sentences() {
		return field("text", "1");
	}

	private String field(String name, String boost) {
		String terms = words.stream().map(SearchQuery::term).collect(Collectors.joining(" "));
		String clause = name + ":(" + terms + ")^" + boost;
		if (words.size() > 1) {
			clause += " " + name + ":\"" + String.join(" ", words) + "\"^" + (Integer.parseInt(boost) * 3);
		}
		return clause;
	}

	private static String term(String word) {
		if (word.length() < 3) {
			return word;
		}
		int edits = (word.length() < 6) ? 1 : 2;
		return word + "^2 " + word + "~" + edits;
	}

}
