package dev.cloudkg.language;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiled phrases, longest first, indexed by the first letter of their first word: a word is only tried
 * against the phrases that can match it (a typo keeps the first letter, see {@link Words#similar}).
 */
public final class PhraseList extends AbstractList<Phrase> {

	private final List<Phrase> phrases;

	private final Map<Character, List<Phrase>> byLetter = new HashMap<>();

	/** The same for the letters of ASCII, looked up without boxing: this is asked for every word of a note. */
	private final List<?>[] ascii = new List<?>[128];

	public PhraseList(List<Phrase> phrases) {
		this.phrases = List.copyOf(phrases);
		for (Phrase phrase : this.phrases) {
			String first = phrase.parts().isEmpty() ? null : phrase.parts().get(0);
			if (first != null && !first.isEmpty()) {
				byLetter.computeIfAbsent(first.charAt(0), k -> new ArrayList<>()).add(phrase);
			}
		}
		for (char c = 0; c < ascii.length; c++) {
			ascii[c] = List.copyOf(byLetter.getOrDefault(c, List.of()));
		}
	}

	/** The phrases whose first word starts with this letter, longest first. */
	@SuppressWarnings("unchecked")
	public List<Phrase> startingWith(char letter) {
		return (letter < ascii.length) ? (List<Phrase>) ascii[letter] : byLetter.getOrDefault(letter, List.of());
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
