package dev.cloudkg.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A piece of text cut into words, each remembering where it stands, so phrases and names can be found
 * word by word while the original text (capitals, punctuation) stays at hand. Notes and questions are cut the
 * same way.
 */
public final class Words {

	private final String text;

	private final List<Word> words;

	private Words(String text, List<Word> words) {
		this.text = text;
		this.words = words;
	}

	/** Cuts a text into its runs of letters and digits (as the pattern {@code [\p{L}\p{N}]+} would, but faster). */
	public static Words of(String text) {
		List<Word> words = new ArrayList<>();
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			int cp = (c < 128) ? c : text.codePointAt(i);
			if (!isWordChar(cp)) {
				i += Character.charCount(cp);
				continue;
			}
			int start = i;
			boolean lower = true;
			while (i < length) {
				c = text.charAt(i);
				cp = (c < 128) ? c : text.codePointAt(i);
				if (!isWordChar(cp)) {
					break;
				}
				lower &= cp < 128 && !(cp >= 'A' && cp <= 'Z');
				i += Character.charCount(cp);
			}
			String word = text.substring(start, i);
			words.add(new Word(word, lower ? word : word.toLowerCase(Locale.ROOT), start, i));
		}
		return new Words(text, java.util.Collections.unmodifiableList(words));
	}

	private static boolean isWordChar(int cp) {
		if (cp < 128) {
			return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
		}
		return switch (Character.getType(cp)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
				true;
			default -> false;
		};
	}

	public String text() {
		return text;
	}

	public int size() {
		return words.size();
	}

	public Word get(int index) {
		return words.get(index);
	}

	public boolean isEmpty() {
		return words.isEmpty();
	}

	/** The original text from word {@code from} to the end of word {@code to - 1}. */
	public String span(int from, int to) {
		return text.substring(words.get(from).start(), words.get(to - 1).end());
	}

	/** Index of the first word starting at or after {@code offset}; {@link #size()} when none. */
	public int indexAt(int offset) {
		for (int i = 0; i < words.size(); i++) {
			if (words.get(i).start() >= offset) {
				return i;
			}
		}
		return words.size();
	}

	/** The text between two words (punctuation, spaces), e.g. ", " or ") ". */
	public String between(int left, int right) {
		int from = (left >= 0) ? words.get(left).end() : 0;
		int to = (right < words.size()) ? words.get(right).start() : text.length();
		return text.substring(from, Math.max(from, to));
	}

	/** The words, in order. */
	public List<Word> list() {
		return words;
	}

	/** The lower-case words of a text: of a vocabulary phrase, a name. */
	public static List<String> norms(String text) {
		return of(text).words.stream().map(Word::norm).toList();
	}

	/** Same word, or one slip: {@link Spelling#similar}. */
	public static boolean similar(String a, String b) {
		return Spelling.similar(a, b);
	}

	/**
	 * One word.
	 *
	 * @param text as written
	 * @param norm lower case
	 * @param start offset of its first character
	 * @param end offset after its last character
	 */
	public record Word(String text, String norm, int start, int end) {

		/** Starts with a capital or a digit, as names do. */
		public boolean capitalised() {
			return Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0));
		}

		/** Capitals only, two or more, maybe a plural "s": "VM", "VMs", "IPs". */
		public boolean acronym() {
			int letters = text.endsWith("s") ? text.length() - 1 : text.length();
			return letters >= 2 && text.substring(0, letters).chars().allMatch(Character::isUpperCase);
		}

		/** Looks like a product name on its own: an acronym (ECS, S3) or CamelCase (CloudWatch). */
		public boolean nameLike() {
			long upper = text.chars().filter(Character::isUpperCase).count();
			boolean acronym = text.length() >= 2 && upper >= 2 && text.chars().noneMatch(Character::isLowerCase);
			boolean camel = upper >= 2 && Character.isUpperCase(text.charAt(0));
			boolean withDigit = Character.isUpperCase(text.charAt(0)) && text.chars().anyMatch(Character::isDigit);
			return acronym || camel || withDigit;
		}

	}

}
