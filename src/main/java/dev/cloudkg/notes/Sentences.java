package dev.cloudkg.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cloudkg.notes.NoteModel.Sentence;

/**
 * Cuts a paragraph's text into sentences, each with the line it starts on: at a full stop, ! or ? before
 * something that starts a sentence (not after "e.g." and the like), and at line ends that end a fact.
 */
final class Sentences {

	/** A sentence ends at . ! or ? followed by a space and something that starts a sentence, or at a line end that ends it. */
	private static final Pattern SENTENCE_END = Pattern.compile("\\s*\\n\\s*|(?<=[.!?])\\s+");

	private static final Pattern SENTENCE_START = Pattern.compile("[\\p{L}\\p{N}(\\[\"*]");

	private static final Pattern ABBREVIATION = Pattern
			.compile("(?i)(?:\\b(?:e\\.g|i\\.e|etc|vs|approx|incl|cf)|\\b\\p{L})\\.$");

	/** Longer sentences are cut (at a space) so no sentence makes reading it slow or its facts large. */
	static final int MAX_SENTENCE = 1000;

	private Sentences() {
	}

	/** Cuts text into sentences, each with the line it starts on. */
	static List<Sentence> of(Located located) {
		String text = located.raw();
		List<Sentence> sentences = new ArrayList<>();
		int start = 0;
		Matcher matcher = SENTENCE_END.matcher(text);
		while (matcher.find()) {
			int end = matcher.start();
			boolean afterMark = end > 0 && ".!?".indexOf(text.charAt(end - 1)) >= 0;
			boolean opens = matcher.end() < text.length()
					&& SENTENCE_START.matcher(text.substring(matcher.end(), matcher.end() + 1)).matches();
			boolean split = afterMark && opens
					? !ABBREVIATION.matcher(text.substring(Math.max(start, end - 12), end)).find()
					: matcher.group().indexOf('\n') >= 0 && lineEnds(text, end);
			if (split) {
				add(located, start, end, sentences);
				start = matcher.end();
			}
		}
		add(located, start, text.length(), sentences);
		return sentences;
	}

	/**
	 * Notes often put one fact per line without a full stop ("API Gateway → Lambda", then "Lambda → DynamoDB"):
	 * a line break ends a sentence when the line holds an arrow, or when the line ends without a mark that
	 * carries on and the next starts with a capital.
	 */
	private static boolean lineEnds(String text, int at) {
		int lineStart = text.lastIndexOf('\n', at - 1) + 1;
		String line = text.substring(lineStart, at);
		if (line.contains("->") || line.contains("\u2192") || line.contains("=>")) {
			return true;
		}
		int next = at;
		while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
			next++;
		}
		String trimmed = line.stripTrailing();
		char last = trimmed.isEmpty() ? ' ' : trimmed.charAt(trimmed.length() - 1);
		return next < text.length() && Character.isUpperCase(text.charAt(next))
				&& ",;:(&/+-\u2013\u2014".indexOf(last) < 0
				&& Character.isLetterOrDigit(last);
	}

	private static void add(Located located, int start, int end, List<Sentence> sentences) {
		while (end - start > MAX_SENTENCE) {
			int cut = located.text().lastIndexOf(' ', start + MAX_SENTENCE);
			if (cut <= start) {
				cut = start + MAX_SENTENCE;
			}
			add(located, start, cut, sentences);
			start = cut;
		}
		String sentence = located.text().substring(start, end).strip();
		if (!sentence.isEmpty()) {
			int first = start;
			while (first < end && Character.isWhitespace(located.text().charAt(first))) {
				first++;
			}
			sentences.add(new Sentence(sentence, located.lineAt(first)));
		}
	}

}
