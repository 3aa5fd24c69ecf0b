package dev.cloudkg.notes;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiled phrases, longest first, indexed by the first letter of their first word: a word is only tried
 * against the phrases that can match it (a typo keeps the first letter, see {@link Words#similar}).
 */
final class PhraseList extends AbstractList<Phrase> {

	private final List<Phrase> phrases;

	private final Map<Character, List<Phrase>> byLetter = new HashMap<>();

	PhraseList(List<Phrase> phrases) {
		this.phrases = List.copyOf(phrases);
		for (Phrase phrase : this.phrases) {
			String first = phrase.parts().isEmpty() ? null : phrase.parts().get(0);
			if (first != null && !first.isEmpty()) {
				byLetter.computeIfAbsent(first.charAt(0), k -> new ArrayList<>()).add(phrase);
			}
		}
	}

	/** The phrases whose first word starts with this letter, longest first. */
	List<Phrase> startingWith(char letter) {
		return byLetter.getOrDefault(letter, List.of());
	}

	@Override
	public Phrase get(int index) {
		return phrases.get(index);
	}

	@Override
	public int size() {
		return phrases.size();
	}

}
