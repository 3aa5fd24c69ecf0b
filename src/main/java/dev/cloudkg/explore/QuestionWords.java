package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cloudkg.facts.Spelling;

/**
 * A question cut into lower-case words, contractions spelled out ("what's" is "what is", "doesn't" is
 * "does not") and commas read as "and". Punctuation, case and hyphens do not matter. The notes
 * extractor has its own word splitter for sentences; questions need less of it and more of this.
 */
final class QuestionWords {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private QuestionWords() {
	}

	/** The words of {@code text}: each as written (for messages) and lower case (for matching). */
	static List<Word> of(String text) {
		String spelled = text.replace('\u2019', '\'')
			.replace('\u2018', '\'')
			.replaceAll("(?i)\\bcan't\\b", "can not")
			.replaceAll("(?i)\\bcannot\\b", "can not")
			.replaceAll("(?i)\\bwon't\\b", "will not")
			.replaceAll("(?i)n't\\b", " not")
			.replaceAll("(?i)\\b(what|that|there|which|who|it|how)'s\\b", "$1 is")
			.replaceAll("(?i)'re\\b", " are")
			.replaceAll("\\s*[,;&]\\s*", " and ");
		List<Word> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(spelled);
		while (matcher.find()) {
			words.add(new Word(matcher.group(), matcher.group().toLowerCase(Locale.ROOT)));
		}
		return List.copyOf(words);
	}

	/** The lower-case words of a vocabulary phrase or name. */
	static List<String> norms(String text) {
		return of(text).stream().map(Word::norm).toList();
	}

	/** The words as the user wrote them, joined by spaces. */
	static String text(List<Word> words) {
		return String.join(" ", words.stream().map(Word::text).toList());
	}

	/**
	 * Same word, or one slip (a letter wrong, missing, extra, or two swapped) in a word of six letters or
	 * more with the same first letter: "Lamnda", "scalling", "reqest". Shorter words must be exact: "ECS"
	 * is not "EC2".
	 */
	static boolean similar(String typed, String known) {
		if (typed.equals(known)) {
			return true;
		}
		if (typed.length() < 6 && known.length() < 6 || typed.length() < 5 || known.length() < 5
				|| typed.charAt(0) != known.charAt(0) || Math.abs(typed.length() - known.length()) > 1) {
			return false;
		}
		return Spelling.oneSlip(typed, known);
	}

	/**
	 * One word of a question.
	 *
	 * @param text as written
	 * @param norm lower case
	 */
	record Word(String text, String norm) {
	}

}
