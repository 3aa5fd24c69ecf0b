package dev.cloudkg.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cloudkg.facts.Vocabulary.KnownService;
import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.language.Words;
import dev.cloudkg.model.FactKind;
import dev.cloudkg.notes.FactExtractor.Extraction;
import dev.cloudkg.notes.NoteModel.Block;
import dev.cloudkg.notes.NoteModel.Item;
import dev.cloudkg.notes.NoteModel.Paragraph;
import dev.cloudkg.notes.NoteModel.Section;
import dev.cloudkg.notes.NoteModel.Sentence;
import dev.cloudkg.notes.NoteModel.Table;

/**
 * What the readers of one note share: the note, the names it knows, the services it introduces and the
 * facts found so far. Readers add to it; {@link #finish()} turns it into the extraction.
 */
final class NoteContext {

	final String file;

	final NoteModel model;

	final Vocabulary vocabulary;

	final PhraseBook book;

	final Grammar grammar;

	final PropertyReader properties;

	final Names names;

	final Map<String, Draft> drafts = new LinkedHashMap<>();

	final StatementStore facts = new StatementStore();

	/** The subject of each section, by index; null for none. */
	final List<String> sectionSubjects = new ArrayList<>();

	/** Sections whose heading names their service (not a topic inheriting one). */
	final Set<Integer> ownSections = new LinkedHashSet<>();

	/** The service the title names, once known; it exists as of the title line if nothing else defines it. */
	String titleSubject;

	private final NewServices newServices = new NewServices(this);

	/** Every sentence and cell of the note, to tell names from common nouns; indexed when first asked. */
	private WrittenWords written;

	NoteContext(String file, NoteModel model, Vocabulary vocabulary, PhraseBook book, Grammar grammar,
			PropertyReader properties) {
		this.file = file;
		this.model = model;
		this.vocabulary = vocabulary;
		this.book = book;
		this.grammar = grammar;
		this.properties = properties;
		this.names = new Names(vocabulary, writtenInLowerCase(model));
		model.notices().forEach(notice -> warn(notice.line(), notice.message()));
	}

	/** The note's words: asked only of a new name that does not look like one ("Cold Starts"), so built lazily. */
	WrittenWords written() {
		if (written == null) {
			List<Words> texts = new ArrayList<>();
			for (Section section : model.sections()) {
				texts.addAll(sectionTexts(section));
			}
			written = new WrittenWords(texts);
		}
		return written;
	}

	static List<Words> sectionTexts(Section section) {
		List<Words> texts = new ArrayList<>();
		for (Block block : section.blocks()) {
			if (block instanceof Paragraph paragraph) {
				paragraph.sentences().forEach(sentence -> texts.add(Words.of(sentence.text())));
			}
			else if (block instanceof Item item) {
				item.sentences().forEach(sentence -> texts.add(Words.of(sentence.text())));
			}
			else if (block instanceof Table table) {
				table.rows().forEach(row -> row.forEach(cell -> texts.add(Words.of(cell.text()))));
			}
		}
		return texts;
	}

	/** Most sentences start with a small letter: "lambda is serverless. it runs for max 15 minutes". */
	private static boolean writtenInLowerCase(NoteModel model) {
		int lower = 0;
		int upper = 0;
		for (Section section : model.sections()) {
			for (Block block : section.blocks()) {
				List<Sentence> sentences = (block instanceof Paragraph p)
						? p.sentences()
						: (block instanceof Item i) ? i.sentences() : List.of();
				for (Sentence sentence : sentences) {
					char first = sentence.text().charAt(0);
					if (Character.isLowerCase(first)) {
						lower++;
					}
					else if (Character.isUpperCase(first)) {
						upper++;
					}
				}
			}
		}
		return lower > upper;
	}

	void warn(int line, String message) {
		facts.warn(line, message);
	}

	Extraction finish() {
		String titled = titleSubject;
		if (titled != null && !drafts.containsKey(titled) && facts.hasFacts(titled)) {
			define(titled, null, model.titleLine(), model.title());
		}
		for (Draft draft : drafts.values()) {
			facts.put(draft.id + "|exists", draft.statement());
		}
		return new Extraction(model.title(), facts.ordered(), facts.warnings());
	}

	// ---- names

	/** A service named in full by this text (with "AWS"/"Amazon" in front allowed), or null. */
	String wholeName(String text) {
		if (text == null) {
			return null;
		}
		Words words = Words.of(text);
		if (words.isEmpty()) {
			return null;
		}
		Names.Found found = names.at(words, 0);
		return (found != null && found.end() == words.size()) ? found.id() : null;
	}

	/**
	 * A service named by a line that holds nothing else (a heading, a bare line above a list), whatever its
	 * case: "## aurora", "cloud storage" name the service even where the words are everyday ones, and then
	 * count in the note's lower-case prose too.
	 */
	String wholeLineName(String text) {
		String id = wholeName(text);
		if (id != null || text == null) {
			declareIfLowerCase(id, text);
			return id;
		}
		StringBuilder capitalised = new StringBuilder();
		for (String word : text.strip().split(" ")) {
			capitalised.append(capitalised.isEmpty() ? "" : " ")
					.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		id = wholeName(capitalised.toString());
		declareIfLowerCase(id, text);
		return id;
	}

	/**
	 * "dataflow", "cloud storage" on a line of their own: the note writes these names in lower case, so its
	 * lower-case prose names them too; "## AWS Config" does not make "config + secrets" a mention.
	 */
	private void declareIfLowerCase(String id, String text) {
		String stripped = (text != null) ? text.strip() : "";
		if (id != null && !stripped.isEmpty() && Character.isLowerCase(stripped.charAt(0))) {
			names.declare(id);
		}
	}

	Set<String> namedIn(Words words) {
		Set<String> named = new LinkedHashSet<>();
		for (int i = 0; i < words.size(); i++) {
			Names.Found found = names.at(words, i);
			if (found != null) {
				named.add(found.id());
				i = found.end() - 1;
			}
		}
		return named;
	}

	// ---- services

	/** Records that the note mentions a service (it must exist for a relationship to point at it). */
	String mention(String id, int line, String source) {
		return define(id, null, line, source).id;
	}

	Draft define(String id, String name, int line, String source) {
		Draft draft = drafts.get(id);
		if (draft == null) {
			KnownService known = names.known(id);
			draft = new Draft(id, line, snippet(source));
			if (known != null) {
				draft.name = known.name();
				draft.fullName = known.fullName();
				draft.aliases = known.aliases();
				draft.kind = known.kind();
				draft.category = known.category();
				draft.provider = known.provider();
			}
			else {
				draft.name = (name != null) ? name : id;
			}
			drafts.put(id, draft);
		}
		return draft;
	}

	/** A service nobody declared, taken with evidence: see {@link NewServices#newService}. */
	String newService(NameParts parts, int line, String source, String description, String reason) {
		return newServices.newService(parts, line, source, description, reason);
	}

	/** "CloudWatch Alarms": a part of CloudWatch, of kind component. */
	String component(String name, String whole, int line, String source) {
		return newServices.component(name, whole, line, source);
	}

	String partOf() {
		return vocabulary.isRelation("PART_OF") ? "PART_OF" : vocabulary.relations().keySet().iterator().next();
	}

	/** The fallback type of a relationship no phrase of the vocabulary types. */
	String relatedTo() {
		return vocabulary.isRelation(Grammar.RELATED_TO) ? Grammar.RELATED_TO : null;
	}

	/** Whether the words hold a phrase that states a fact ("up to 100 items" is no time limit: no duration). */
	boolean statesFacts(Words words) {
		return !PhraseBook.find(words, book.relations).isEmpty()
				|| PhraseBook.find(words, book.properties).stream()
						.anyMatch(m -> properties.property(m, words, false) != null)
				|| !PhraseBook.find(words, book.traits).isEmpty() || !PhraseBook.find(words, book.pricing).isEmpty();
	}

	/**
	 * States {@code from TYPE to} keeping the words that relate them ({@code via}), unless the two are one
	 * service or the note already relates them (a typed relationship wins over a loose one).
	 */
	void relate(String from, String to, String type, String via, int line, String source) {
		if (from.equals(to) || related(from, to)) {
			return;
		}
		mention(from, line, source);
		mention(to, line, source);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("type", type);
		values.put("target", to);
		values.put("via", via);
		state(from, FactKind.RELATION, "rel:" + type + ":" + to, values, line, source);
	}

	/** Whether the note already relates the two services, of any type, either way round. */
	boolean related(String a, String b) {
		return facts.related(a, b);
	}

	void state(String subject, FactKind fact, String key, Map<String, Object> values, int line, String source) {
		facts.state(subject, fact, key, values, line, source);
	}

	static String snippet(String text) {
		return StatementStore.snippet(text);
	}

}
