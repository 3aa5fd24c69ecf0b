package dev.cloudkg.notes;

import dev.cloudkg.language.Words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every sentence and cell of a note, indexed by word, to ask whether the note writes a name in lower case
 * somewhere ("a cold start"): a common noun, not a product. Each question costs the occurrences of the
 * name's first word, not the whole note.
 */
final class WrittenWords {

	private final List<Words> texts;

	/** Lower-case word (and its singular) → where it stands: text index and word index. */
	private final Map<String, List<int[]>> index = new HashMap<>();

	WrittenWords(List<Words> texts) {
		this.texts = texts;
		for (int t = 0; t < texts.size(); t++) {
			Words words = texts.get(t);
			for (int i = 0; i < words.size(); i++) {
				index.computeIfAbsent(singular(words.get(i).norm()), k -> new ArrayList<>()).add(new int[]{t, i});
			}
		}
	}

	/** Whether a text writes the name's words in a row (a plural "s" aside), its first word in lower case. */
	boolean inLowerCase(Words name) {
		if (name.isEmpty()) {
			return false;
		}
		for (int[] at : index.getOrDefault(singular(name.get(0).norm()), List.of())) {
			Words text = texts.get(at[0]);
			int start = at[1];
			if (start + name.size() > text.size() || text.get(start).capitalised()) {
				continue;
			}
			boolean same = true;
			for (int i = 0; i < name.size() && same; i++) {
				same = WordChecks.sameWord(text.get(start + i).norm(), name.get(i).norm());
			}
			if (same) {
				return true;
			}
		}
		return false;
	}

	private static String singular(String word) {
		if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
			return word.substring(0, word.length() - 2);
		}
		return (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3)
				? word.substring(0, word.length() - 1)
				: word;
	}

}
