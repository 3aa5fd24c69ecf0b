package dev.cloudkg.explore;

import java.util.List;

import dev.cloudkg.language.Words.Word;
import dev.cloudkg.language.Words;

/**
 * A question cut into lower-case words, contractions spelled out ("what's" is "what is", "doesn't" is
 * "does not") and commas read as "and", then cut into words as notes are ({@link Words}). Punctuation, case and
 * hyphens do not matter; typos follow the one rule notes follow ({@link dev.cloudkg.language.Spelling#similar}).
 */
final class QuestionWords {

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
				.replaceAll("(?i)\\b(what|that|there|which|who|it|how|where)'s\\b", "$1 is")
				// written without the apostrophe, as people type: "whats the time limit"
				.replaceAll("(?i)\\b(what|where|who|how)s\\b", "$1 is")
				.replaceAll("(?i)'re\\b", " are")
				.replaceAll("\\s*[,;&]\\s*", " and ");
		return Words.of(spelled).list();
	}

	/** The lower-case words of a vocabulary phrase or name. */
	static List<String> norms(String text) {
		return Words.norms(text);
	}

	/** The words as the user wrote them, joined by spaces. */
	static String text(List<Word> words) {
		return String.join(" ", words.stream().map(Word::text).toList());
	}

}
