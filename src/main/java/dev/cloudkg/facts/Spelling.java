package dev.cloudkg.facts;

/** How far two spellings of a vocabulary word may be apart: the note extractor and the question reader share it. */
public final class Spelling {

	private Spelling() {
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
