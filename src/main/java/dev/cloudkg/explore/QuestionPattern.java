package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cloudkg.language.Spelling;
import dev.cloudkg.language.Words.Word;

/**
 * A shape of question from the grammar, compiled once: words in order, {@code a|b} one of them, {@code ?a|b}
 * optionally one, {@code $} a service, {@code *} two or more services, {@code ~} conditions, {@code @} the noun of
 * a value ("time limit"). Matching lists every way the words fit, with the slots' word ranges; the parser decides
 * which way reads.
 */
final class QuestionPattern {

	/** What a slot of a pattern stands for. */
	enum SlotKind {

		SERVICE, LIST, CONDITIONS, VALUE

	}

	/**
	 * Words {@code from} up to {@code to} filling a slot.
	 *
	 * @param key for a value slot, the kind of value its noun names; else null
	 */
	record Slot(SlotKind kind, int from, int to, String key) {
	}

	private record Part(Set<String> options, boolean optional, SlotKind slot) {
	}

	/** Ways one pattern may fit one question at most: patterns hold two slots at most, so this is rarely reached. */
	private static final int MAX_MATCHES = 200;

	private final String source;

	private final List<Part> parts;

	private final Map<String, List<List<String>>> nouns;

	private QuestionPattern(String source, List<Part> parts, Map<String, List<List<String>>> nouns) {
		this.source = source;
		this.parts = parts;
		this.nouns = nouns;
	}

	static QuestionPattern compile(String source, Map<String, List<List<String>>> nouns) {
		List<Part> parts = new ArrayList<>();
		for (String token : source.trim().split("\\s+")) {
			switch (token) {
				case "$" -> parts.add(new Part(Set.of(), false, SlotKind.SERVICE));
				case "*" -> parts.add(new Part(Set.of(), false, SlotKind.LIST));
				case "~" -> parts.add(new Part(Set.of(), false, SlotKind.CONDITIONS));
				case "@" -> parts.add(new Part(Set.of(), false, SlotKind.VALUE));
				default -> {
					boolean optional = token.startsWith("?");
					parts.add(new Part(Set.of((optional ? token.substring(1) : token).split("\\|")), optional, null));
				}
			}
		}
		return new QuestionPattern(source, List.copyOf(parts), nouns);
	}

	/** Every way the words fit, each as its slots; shorter slots first. */
	List<List<Slot>> matches(List<Word> words) {
		List<List<Slot>> matches = new ArrayList<>();
		match(words, 0, 0, new ArrayList<>(), matches);
		return matches;
	}

	/** The end of the words this pattern matches from the start of the question (no slots), or -1. */
	int prefix(List<Word> words) {
		return prefix(words, 0, 0);
	}

	private int prefix(List<Word> words, int part, int position) {
		if (part == parts.size()) {
			return position;
		}
		Part p = parts.get(part);
		int best = -1;
		if (position < words.size() && p.slot() == null && fits(p, words.get(position).norm())) {
			best = prefix(words, part + 1, position + 1);
		}
		if (best < 0 && p.optional()) {
			best = prefix(words, part + 1, position);
		}
		return best;
	}

	private void match(List<Word> words, int part, int position, List<Slot> slots, List<List<Slot>> matches) {
		if (matches.size() >= MAX_MATCHES) {
			return;
		}
		int n = words.size();
		if (part == parts.size()) {
			if (position == n) {
				matches.add(List.copyOf(slots));
			}
			return;
		}
		Part p = parts.get(part);
		if (p.slot() == SlotKind.VALUE) {
			nouns.forEach((key, list) -> list.forEach(noun -> {
				if (starts(words, position, noun)) {
					slots.add(new Slot(SlotKind.VALUE, position, position + noun.size(), key));
					match(words, part + 1, position + noun.size(), slots, matches);
					slots.remove(slots.size() - 1);
				}
			}));
			return;
		}
		if (p.slot() != null) {
			for (int end = position + 1; end <= n; end++) {
				slots.add(new Slot(p.slot(), position, end, null));
				match(words, part + 1, end, slots, matches);
				slots.remove(slots.size() - 1);
			}
			return;
		}
		if (position < n && fits(p, words.get(position).norm())) {
			match(words, part + 1, position + 1, slots, matches);
		}
		if (p.optional()) {
			match(words, part + 1, position, slots, matches);
		}
	}

	private static boolean fits(Part part, String word) {
		if (part.options().contains(word)) {
			return true;
		}
		return Spelling.mayBeTypo(word) && part.options().stream().anyMatch(o -> Spelling.similar(word, o));
	}

	private static boolean starts(List<Word> words, int position, List<String> noun) {
		if (position + noun.size() > words.size()) {
			return false;
		}
		for (int i = 0; i < noun.size(); i++) {
			if (!Spelling.similar(words.get(position + i).norm(), noun.get(i))) {
				return false;
			}
		}
		return true;
	}

	@Override
	public String toString() {
		return source;
	}

}
