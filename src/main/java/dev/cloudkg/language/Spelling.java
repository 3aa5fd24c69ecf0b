package dev.cloudkg.language;

/**
 * The one typo rule, for the note extractor and the question reader alike: how far a written word may be from a
 * known one (a vocabulary word, a word of a service's name) and still be taken for it.
 */
public final class Spelling {

	/** A written word shorter than this is never a typo: "ECS" and "EKS", "Glue" and "Blue" are two words. */
	public static final int MIN_TYPO_LENGTH = 5;

	/**
	 * A known word shorter than this is only ever matched exactly: "lamda" is "lambda" (a letter left out of a long
	 * word), but "models" is not "modes" nor "redis" "radis".
	 */
	public static final int MIN_KNOWN_LENGTH = 6;

	private Spelling() {
	}

	/**
	 * Whether {@code typed} (a word as written) is {@code known} (a word of the vocabulary or of a name): the same,
	 * or one slip ({@link #oneSlip}) from a known word of {@value #MIN_KNOWN_LENGTH} letters or more, the written word
	 * having {@value #MIN_TYPO_LENGTH} or more, the same first letter and no digit: "Lamnda", "lamda", "scalling",
	 * "reqest". "Graviton2" is never "Graviton3".
	 */
	public static boolean similar(String typed, String known) {
		if (typed.equals(known)) {
			return true;
		}
		if (typed.length() < MIN_TYPO_LENGTH || known.length() < MIN_KNOWN_LENGTH || typed.charAt(0) != known.charAt(0)
				|| Math.abs(typed.length() - known.length()) > 1) {
			return false;
		}
		return oneSlip(typed, known);
	}

	/** Whether a word is long enough to be a typo of some known word ({@link #similar} is exact below that). */
	public static boolean mayBeTypo(String word) {
		return word.length() >= MIN_TYPO_LENGTH && word.chars().noneMatch(Character::isDigit);
	}

	/** At most one slip between two words: a letter wrong, missing or extra, or two neighbours swapped ("copmuting"). */
	public static boolean oneSlip(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		if (!a.equals(b) && (hasDigit(a) || hasDigit(b))) {
			// "Graviton2" and "Graviton3", "Service1" and "Service12": a number names another thing, never a typo
			return false;
		}
		if (a.length() == b.length()) {
			int first = -1;
			for (int i = 0; i < a.length(); i++) {
				if (a.charAt(i) != b.charAt(i)) {
					if (first >= 0) {
						return i == first + 1 && a.charAt(i) == b.charAt(first) && a.charAt(first) == b.charAt(i)
								&& a.substring(i + 1).equals(b.substring(i + 1));
					}
					first = i;
				}
			}
			return true;
		}
		String longer = (a.length() > b.length()) ? a : b;
		String shorter = (a.length() > b.length()) ? b : a;
		int i = 0;
		while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
			i++;
		}
		return longer.substring(i + 1).equals(shorter.substring(i));
	}

	private static boolean hasDigit(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (Character.isDigit(word.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
