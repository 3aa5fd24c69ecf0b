package dev.cloudkg.notes;

import dev.cloudkg.language.Words;

import java.util.List;
import java.util.Set;

/** Questions about the shape of words that every reader asks. */
final class WordChecks {

	private WordChecks() {
	}

	static boolean allCapitalised(Words words) {
		return !words.isEmpty() && allCapitalised(words, 0, words.size());
	}

	static boolean allCapitalised(Words words, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!words.get(i).capitalised()) {
				return false;
			}
		}
		return true;
	}

	/** One word looks like a product name: an acronym (ECS, S3) or CamelCase (CloudWatch). */
	static boolean anyNameLike(Words words) {
		for (int i = 0; i < words.size(); i++) {
			if (words.get(i).nameLike()) {
				return true;
			}
		}
		return false;
	}

	static boolean anyWord(Words words, Set<String> set) {
		for (int i = 0; i < words.size(); i++) {
			if (set.contains(words.get(i).norm())) {
				return true;
			}
		}
		return false;
	}

	/** The same word, a one-letter slip, or a plural "s"/"es". */
	static boolean sameWord(String a, String b) {
		return Words.similar(a, b) || a.equals(b + "s") || b.equals(a + "s") || a.equals(b + "es")
				|| b.equals(a + "es");
	}

	/** Whether a text writes the name's words in a row, every word capitalised. */
	static boolean writtenCapitalised(Words name, List<Words> within) {
		for (Words text : within) {
			for (int start = 0; start + name.size() <= text.size(); start++) {
				boolean same = true;
				for (int i = 0; i < name.size() && same; i++) {
					same = sameWord(text.get(start + i).norm(), name.get(i).norm());
				}
				if (same && allCapitalised(text, start, start + name.size())) {
					return true;
				}
			}
		}
		return false;
	}

}
