package dev.cloudkg.notes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.cloudkg.facts.Statement;
import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.language.Words;

/**
 * Turns a parsed note into statements, each with its line and sentence, using only the vocabulary's
 * words. How a note is read (see {@code graph-seed/README.md}):
 * <ul>
 * <li>a {@code ## Name (Full Name)} heading that names a service opens its section; a heading with a topic
 * word ("Summary", "Benefits of AWS Lambda", "Use cases"), a question or "vs" is a topic, whose text belongs
 * to the service it names, else to the section around it;</li>
 * <li>a list item {@code Name: description} describes that service (nested items continue it);</li>
 * <li>a sentence is about the service(s) it starts with, else about its section's service; trait,
 * pricing, serverless and time-limit phrases give properties, relation phrases give relationships to the
 * services named right after them;</li>
 * <li>a table whose header names services gives each column's service its cells' facts; a table whose first
 * column names services gives each row's service its cells' facts (the header says what a cell is about);</li>
 * <li>note-app syntax: wikilinks mention services, front matter aliases name the note's service, Dataview
 * fields ({@code serverless:: true}) state facts; arrows ({@code API Gateway → Lambda}) and words the
 * vocabulary does not know relate services as {@code RELATED_TO}, keeping the words.</li>
 * </ul>
 * The work is done by small readers over one {@link NoteContext}: {@link ServiceDiscovery},
 * {@link NoteAppReader}, {@link BlockReader}, {@link SentenceReader}, {@link NameListReader},
 * {@link PropertyReader}, {@link TableReader} and {@link LooseRelationReader}.
 */
public final class FactExtractor {

	private final Vocabulary vocabulary;

	private final PhraseBook book;

	private final Grammar grammar = Grammar.defaults();

	private final PropertyReader properties;

	private final Set<String> topicWords;

	private final Set<String> comparisonWords;

	public FactExtractor(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
		this.book = new PhraseBook(vocabulary.phrases());
		this.properties = new PropertyReader(vocabulary, book, grammar);
		this.topicWords = words(vocabulary.phrases().topicWords());
		this.comparisonWords = words(vocabulary.phrases().comparisonWords());
	}

	private static Set<String> words(List<String> phrases) {
		Set<String> words = new LinkedHashSet<>();
		for (String phrase : phrases) {
			Words split = Words.of(phrase);
			for (int i = 0; i < split.size(); i++) {
				words.add(split.get(i).norm());
			}
		}
		return words;
	}

	/**
	 * @param file the note's name as errors and warnings show it
	 * @param markdown the note
	 * @throws NoteFormatException when the markdown cannot be read at all; what note apps still render (broken
	 * front matter, ragged tables) is read, with a warning
	 */
	public Extraction extract(String file, String markdown) {
		NoteModel model = new NoteParser(file).parse(markdown);
		NoteContext note = new NoteContext(file, model, vocabulary, book, grammar, properties);
		ServiceDiscovery discovery = new ServiceDiscovery(note, topicWords, comparisonWords);
		discovery.discover();
		new NoteAppReader(note).read();
		BlockReader blocks = new BlockReader(note, new SentenceReader(note));
		for (int i = 0; i < model.sections().size(); i++) {
			blocks.read(model.sections().get(i), note.sectionSubjects.get(i), note.ownSections.contains(i));
		}
		discovery.describeSections();
		return note.finish();
	}

	/**
	 * What a note states.
	 *
	 * @param title its first level-1 heading, or null
	 * @param statements the facts, each with its line and sentence
	 * @param warnings what was skipped or guessed, with line numbers
	 */
	public record Extraction(String title, List<Statement> statements, List<Warning> warnings) {
	}

	/** @param line where @param message what */
	public record Warning(int line, String message) {
	}

}
