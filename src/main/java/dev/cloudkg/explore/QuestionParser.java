package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.cloudkg.language.Words.Word;

/**
 * Reads a plain-English question about services into an {@link Interpretation}, or says what it could not read.
 * The shapes of question ("which … ", "is X …", "what is the time limit of X", "compare X and Y", "how is X
 * connected to Y") come from the grammar ({@code question-grammar.yaml}); everything it can ask about comes from
 * the vocabulary. Every word of a question must be accounted for: a word it does not know makes the question not
 * understood rather than half-read, so an answer is never to a question nobody asked.
 */
final class QuestionParser {

	private static final int MAX_WORDS = 40;

	private final QuestionVocabulary vocabulary;

	private final QuestionGrammar grammar;

	private final ConditionReader conditions;

	private final ConditionWheres wheres;

	private final Function<String, String> lookup;

	private final QuestionExamples examples;

	/**
	 * @param vocabulary the words questions use
	 * @param lookup the id of the service a name not in the vocabulary names in the graph, or null
	 */
	QuestionParser(QuestionVocabulary vocabulary, Function<String, String> lookup) {
		this.vocabulary = vocabulary;
		this.grammar = vocabulary.grammar;
		this.wheres = new ConditionWheres(vocabulary.vocabulary);
		this.conditions = new ConditionReader(vocabulary, wheres);
		this.lookup = lookup;
		this.examples = new QuestionExamples(vocabulary.vocabulary, this);
	}

	Parsed parse(String question) {
		List<Word> words = new ArrayList<>(QuestionWords.of(question));
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (List<String> courtesy : grammar.courtesy()) {
				if (words.size() > courtesy.size() && startsWith(words, 0, courtesy)) {
					words.subList(0, courtesy.size()).clear();
					stripped = true;
				}
				if (words.size() > courtesy.size() && startsWith(words, words.size() - courtesy.size(), courtesy)) {
					words.subList(words.size() - courtesy.size(), words.size()).clear();
					stripped = true;
				}
			}
		}
		if (words.isEmpty()) {
			return Parsed.problem("The question is empty.");
		}
		if (words.size() > MAX_WORDS) {
			return Parsed.problem("The question is longer than " + MAX_WORDS + " words; ask one thing at a time.");
		}
		Reading counted = null;
		for (List<String> count : grammar.count()) {
			if (counted == null && words.size() > count.size() && startsWith(words, 0, count)) {
				List<Word> asked = new ArrayList<>(words.subList(count.size(), words.size()));
				asked.add(0, new Word("which", "which", 0, 0));
				counted = new Reading(List.copyOf(asked), vocabulary, lookup);
				Interpretation interpretation = new QuestionShapes(counted, conditions, wheres).run();
				if (interpretation instanceof Interpretation.Find find) {
					return new Parsed(new Interpretation.Find(find.where(), find.named(), true, find.remark()), null);
				}
			}
		}
		// "how many minutes can Lambda run?" asks a value, not a count
		Reading reading = new Reading(List.copyOf(words), vocabulary, lookup);
		Interpretation interpretation = new QuestionShapes(reading, conditions, wheres).run();
		if (interpretation != null) {
			return new Parsed(interpretation, null);
		}
		return Parsed.problem(reason((counted != null && counted.problem() != null) ? counted : reading));
	}

	/** What the parser can answer: three example questions made from the vocabulary, and its words. */
	String help() {
		return examples.help();
	}

	private static String reason(Reading reading) {
		return (reading.problem() != null) ? reading.problem() : "I could not read this as a question about services.";
	}

	private static boolean startsWith(List<Word> words, int from, List<String> start) {
		for (int i = 0; i < start.size(); i++) {
			if (!words.get(from + i).norm().equals(start.get(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * What a question was read as, or why it was not.
	 *
	 * @param interpretation null when not understood
	 * @param problem what could not be read; null when understood
	 */
	record Parsed(Interpretation interpretation, String problem) {

		static Parsed problem(String problem) {
			return new Parsed(null, problem);
		}

	}

	/** The words with one more at the end: a place word, or the last word of a relationship left out. */
	static List<Word> plus(List<Word> words, String word) {
		List<Word> more = new ArrayList<>(words);
		int end = words.isEmpty() ? 0 : words.get(words.size() - 1).end();
		more.add(new Word(word, word, end, end));
		return List.copyOf(more);
	}

}
