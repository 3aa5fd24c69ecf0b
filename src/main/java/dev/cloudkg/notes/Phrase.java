package dev.cloudkg.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * A vocabulary phrase compiled to words, where "…" (or "...") stands for up to four other words:
 * "store … images … used in" matches "store you Docker images (to be later used in".
 *
 * @param key what a match means (a relation type, trait id, …)
 * @param source the phrase as written in the vocabulary
 * @param parts lower-case words, with {@code null} for a gap
 */
record Phrase(String key, String source, List<String> parts) {

	private static final int MAX_GAP = 4;

	static Phrase of(String key, String source) {
		List<String> parts = new ArrayList<>();
		String marked = source.replace("...", " \u2026 ");
		// a gap sits between two pieces; a leading or trailing gap means nothing and is dropped
		for (String piece : marked.split("\u2026", -1)) {
			Words words = Words.of(piece);
			if (!parts.isEmpty() && !words.isEmpty()) {
				parts.add(null);
			}
			for (int i = 0; i < words.size(); i++) {
				parts.add(words.get(i).norm());
			}
		}
		return new Phrase(key, source, java.util.Collections.unmodifiableList(parts));
	}

	/** Words it matches, gaps not counted: longer phrases win over shorter ones at the same place. */
	int weight() {
		return (int) parts.stream().filter(p -> p != null).count();
	}

	/** The end (exclusive word index) of a match starting at {@code start}, or -1. */
	int matchAt(Words words, int start) {
		return match(words, start, 0);
	}

	private int match(Words words, int position, int part) {
		if (part == parts.size()) {
			return position;
		}
		String expected = parts.get(part);
		if (expected == null) {
			for (int skip = 0; skip <= MAX_GAP && position + skip <= words.size(); skip++) {
				int end = match(words, position + skip, part + 1);
				if (end >= 0) {
					return end;
				}
			}
			return -1;
		}
		if (position >= words.size() || !Words.similar(words.get(position).norm(), expected)) {
			return -1;
		}
		return match(words, position + 1, part + 1);
	}

}
