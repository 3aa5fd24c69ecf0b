package dev.cloudkg.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A vocabulary phrase compiled to words, where "…" (or "...") stands for up to {@code maxGap} other words:
 * "store … images … used in" matches "store you Docker images (to be later used in". Words match with the one
 * typo rule ({@link Spelling#similar}). Notes and questions match phrases the same way; they differ only in how
 * wide a gap may be.
 *
 * @param key what a match means (a relation type, trait id, …)
 * @param source the phrase as written in the vocabulary
 * @param parts lower-case words, with {@code null} for a gap
 * @param maxGap how many words a gap stands for at most
 */
public record Phrase(String key, String source, List<String> parts, int maxGap) {

	/** The widest gap in notes, where people write freely. */
	public static final int NOTE_GAP = 4;

	public static Phrase of(String key, String source) {
		return of(key, source, NOTE_GAP);
	}

	public static Phrase of(String key, String source, int maxGap) {
		return new Phrase(key, source, parts(source), maxGap);
	}

	/** A phrase's words, {@code null} for each gap; a leading or trailing gap means nothing and is dropped. */
	public static List<String> parts(String source) {
		List<String> parts = new ArrayList<>();
		String marked = source.replace("...", " \u2026 ");
		for (String piece : marked.split("\u2026", -1)) {
			Words words = Words.of(piece);
			if (!parts.isEmpty() && !words.isEmpty()) {
				parts.add(null);
			}
			for (int i = 0; i < words.size(); i++) {
				parts.add(words.get(i).norm());
			}
		}
		return Collections.unmodifiableList(parts);
	}

	/** Words it matches, gaps not counted: longer phrases win over shorter ones at the same place. */
	public int weight() {
		return (int) parts.stream().filter(p -> p != null).count();
	}

	/** The end (exclusive word index) of a match starting at {@code start}, or -1. */
	public int matchAt(Words words, int start) {
		return matchAt(words.list(), start, words.size());
	}

	/** The end (exclusive word index) of a match starting at {@code start} and ending by {@code limit}, or -1. */
	public int matchAt(List<Words.Word> words, int start, int limit) {
		return match(words, start, 0, Math.min(limit, words.size()));
	}

	private int match(List<Words.Word> words, int position, int part, int limit) {
		if (part == parts.size()) {
			return position;
		}
		String expected = parts.get(part);
		if (expected == null) {
			for (int skip = 0; skip <= maxGap && position + skip <= limit; skip++) {
				int end = match(words, position + skip, part + 1, limit);
				if (end >= 0) {
					return end;
				}
			}
			return -1;
		}
		if (position >= limit || !Spelling.similar(words.get(position).norm(), expected)) {
			return -1;
		}
		return match(words, position + 1, part + 1, limit);
	}

}
