package dev.cloudkg.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.cloudkg.facts.FactsFileReader;
import dev.cloudkg.facts.Statement;
import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.facts.Vocabulary.KnownService;
import dev.cloudkg.notes.NoteModel.Block;
import dev.cloudkg.notes.NoteModel.Cell;
import dev.cloudkg.notes.NoteModel.Item;
import dev.cloudkg.notes.NoteModel.Paragraph;
import dev.cloudkg.notes.NoteModel.Section;
import dev.cloudkg.notes.NoteModel.Sentence;
import dev.cloudkg.notes.NoteModel.Table;
import dev.cloudkg.notes.PhraseBook.Match;

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
 * column names services gives each row's service its cells' facts (the header says what a cell is about).</li>
 * </ul>
 */
public final class FactExtractor {

	private static final Set<String> FILLERS = Set.of("the", "a", "an", "your", "its", "their", "other", "both",
			"either", "any", "e", "g", "eg", "as", "like", "such", "using", "also", "several", "multiple", "many", "some",
			"all", "various", "most", "one", "more");

	private static final Set<String> CLAUSE_BREAKS = Set.of("but", "which", "while", "whereas", "because", "although",
			"that", "where", "when", "so", "then", "by", "for", "to", "in", "with", "without", "via");

	/** Words that open a clause with a subject of its own ("…, while Lambda times out"). */
	private static final Set<String> CONJUNCTIONS = Set.of("while", "whereas", "but", "and", "whilst", "though",
			"although", "however");

	/** Words that open a sentence about what the sentence before named ("It runs for up to 15 minutes"). */
	private static final Set<String> PRONOUNS = Set.of("it", "its", "they", "their", "this", "these", "you", "your",
			"both", "each");

	private static final Set<String> ARTICLES = Set.of("a", "an");

	private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "s");

	private static final Set<String> LIST_WORDS = Set.of("and", "or", "nor", "plus");

	private final Vocabulary vocabulary;

	private final PhraseBook book;

	private final Pattern duration;

	private final Set<String> topicWords;

	private final Set<String> comparisonWords;

	public FactExtractor(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
		this.book = new PhraseBook(vocabulary.phrases());
		this.topicWords = words(vocabulary.phrases().topicWords());
		this.comparisonWords = words(vocabulary.phrases().comparisonWords());
		String units = vocabulary.phrases()
			.units()
			.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		this.duration = units.isEmpty() ? null
				: Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(" + units + ")\\b", Pattern.CASE_INSENSITIVE);
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
	 * @throws NoteFormatException when the markdown cannot be read (e.g. a ragged table)
	 */
	public Extraction extract(String file, String markdown) {
		NoteModel model = new NoteParser(file).parse(markdown);
		return new Run(file, model).extract();
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

	/** The reading of one note: the services it introduces and the facts found so far. */
	private final class Run {

		private final String file;

		private final NoteModel model;

		private final Names names;

		private final Map<String, Draft> drafts = new LinkedHashMap<>();

		private final Map<String, Statement> statements = new LinkedHashMap<>();

		private final List<Warning> warnings = new ArrayList<>();

		/** The subject of each section, by index; null for none. */
		private final List<String> sectionSubjects = new ArrayList<>();

		/** Sections whose heading names their service (not a topic inheriting one). */
		private final Set<Integer> ownSections = new LinkedHashSet<>();

		/** Every sentence and cell of the note, to tell names from common nouns. */
		private final List<Words> texts = new ArrayList<>();

		Run(String file, NoteModel model) {
			this.file = file;
			this.model = model;
			this.names = new Names(vocabulary, writtenInLowerCase(model));
			for (Section section : model.sections()) {
				texts.addAll(sectionTexts(section));
			}
		}

		private static List<Words> sectionTexts(Section section) {
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

		/**
		 * Whether one of the texts writes the name's words in a row (a plural "s" aside), every word
		 * capitalised ({@code capitalised}) or its first word in lower case.
		 */
		private static boolean written(List<Words> texts, Words name, boolean capitalised) {
			for (Words text : texts) {
				for (int start = 0; start + name.size() <= text.size(); start++) {
					boolean same = true;
					for (int i = 0; i < name.size() && same; i++) {
						same = sameWord(text.get(start + i).norm(), name.get(i).norm());
					}
					if (same && (capitalised ? allCapitalised(text, start, start + name.size())
							: !text.get(start).capitalised())) {
						return true;
					}
				}
			}
			return false;
		}

		private static boolean sameWord(String a, String b) {
			return Words.similar(a, b) || a.equals(b + "s") || b.equals(a + "s") || a.equals(b + "es") || b.equals(a + "es");
		}

		private static boolean allCapitalised(Words words, int from, int to) {
			for (int i = from; i < to; i++) {
				if (!words.get(i).capitalised()) {
					return false;
				}
			}
			return true;
		}

		Extraction extract() {
			introduceServices();
			for (int i = 0; i < model.sections().size(); i++) {
				Section section = model.sections().get(i);
				String subject = sectionSubjects.get(i);
				readBlocks(section, subject);
			}
			describeSections();
			String titled = titleSubject;
			if (titled != null && !drafts.containsKey(titled)
					&& statements.values().stream().anyMatch(statement -> statement.subject().equals(titled))) {
				define(titled, null, model.titleLine(), model.title());
			}
			for (Draft draft : drafts.values()) {
				statements.put(draft.id + "|exists", draft.statement());
			}
			List<Statement> ordered = new ArrayList<>(statements.values());
			ordered.sort(Comparator.comparingInt(Statement::line));
			return new Extraction(model.title(), List.copyOf(ordered), List.copyOf(warnings));
		}

		// ---- services the note introduces: headings and "Name: description" items

		private void introduceServices() {
			String titleSubject = titleSubject();
			List<Integer> levels = new ArrayList<>();
			for (Section section : model.sections()) {
				String subject = null;
				if (section.heading() != null) {
					subject = headingSubject(section);
					if (subject != null && !isTopic(section.heading())) {
						ownSections.add(sectionSubjects.size());
					}
					if (subject == null) {
						subject = inherited(section.level(), levels);
					}
				}
				if (subject == null) {
					// "Lambda cheat-sheet": what no section claims is about the service the title names
					subject = titleSubject;
				}
				sectionSubjects.add(subject);
				levels.add(section.level());
				List<Block> blocks = section.blocks();
				for (int b = 0; b < blocks.size(); b++) {
					if (blocks.get(b) instanceof Item item && item.depth() == 0) {
						itemSubject(item, section, nestedText(blocks, b));
					}
				}
			}
		}

		/** The text of the items nested under the item at {@code index}, joined: a summary for "- Fargate:". */
		private static String nestedText(List<Block> blocks, int index) {
			List<String> texts = new ArrayList<>();
			for (int i = index + 1; i < blocks.size() && blocks.get(i) instanceof Item nested && nested.depth() > 0; i++) {
				if (nested.depth() == 1 && !nested.text().isBlank()) {
					texts.add(nested.text());
				}
			}
			return texts.isEmpty() ? null : String.join("; ", texts);
		}

		/** The service the title names, once known; it exists as of the title line if nothing else defines it. */
		private String titleSubject;

		/** Most sentences start with a small letter: "lambda is serverless. it runs for max 15 minutes". */
		private static boolean writtenInLowerCase(NoteModel model) {
			int lower = 0;
			int upper = 0;
			for (Section section : model.sections()) {
				for (Block block : section.blocks()) {
					List<Sentence> sentences = (block instanceof Paragraph p) ? p.sentences()
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

		/** The one service the note's title names ("Lambda deep dive"), or null. */
		private String titleSubject() {
			if (model.title() == null) {
				return null;
			}
			Set<String> named = namedIn(Words.of(model.title()));
			if (named.size() != 1) {
				return null;
			}
			titleSubject = named.iterator().next();
			return titleSubject;
		}

		/** The subject of the nearest enclosing section (a lower level) that has one. */
		private String inherited(int level, List<Integer> levels) {
			for (int i = levels.size() - 1; i >= 0; i--) {
				if (levels.get(i) < level) {
					return (sectionSubjects.get(i) != null || levels.get(i) <= 1) ? sectionSubjects.get(i)
							: inherited(levels.get(i), levels.subList(0, i));
				}
			}
			return null;
		}

		private String headingSubject(Section section) {
			String heading = section.heading();
			Words words = Words.of(heading);
			if (words.isEmpty()) {
				return null;
			}
			boolean comparison = anyWord(words, comparisonWords);
			NameParts parts = NameParts.of(heading);
			if (!comparison) {
				String known = wholeName(parts.name());
				String knownParen = (parts.paren() != null) ? wholeName(parts.paren()) : null;
				if (known != null || knownParen != null) {
					String id = (known != null) ? known : knownParen;
					define(id, null, section.line(), heading).fullNameIfUnknown(parts);
					return id;
				}
			}
			if (namedIn(words).size() > 1) {
				// "RDS / Aurora", "SQS and SNS": about several services, so about none of them alone
				return null;
			}
			if (comparison || heading.contains("?") || anyWord(words, topicWords)) {
				Set<String> named = namedIn(words);
				return (named.size() == 1 && !comparison) ? named.iterator().next() : null;
			}
			Words name = Words.of(parts.name());
			boolean capitalised = allCapitalised(name) && name.size() <= 4;
			// a plain capitalised heading ("Cold Starts", "Concurrency") names a service only when its section
			// states facts and calls it by that name, capitalised
			boolean nameLike = parts.paren() != null || names.isPrefix(name.get(0).norm()) || anyNameLike(name)
					|| (section.level() <= 2 && statesFacts(section) && written(sectionTexts(section), name, true));
			if (capitalised && nameLike && !names.isNotName(parts.name())) {
				String id = newService(parts, section.line(), heading, describe(section));
				return id;
			}
			return null;
		}

		/** A list item "Name: description" (or "**Name** – description") defines or describes that service. */
		private void itemSubject(Item item, Section section, String nested) {
			Definition found = Definition.of(item.text());
			Definition definition = (found != null && found.rest().isEmpty() && nested != null)
					? new Definition(found.name(), nested) : found;
			if (definition == null) {
				String whole = wholeName(item.text());
				if (whole != null) {
					define(whole, null, item.line(), item.text());
				}
				return;
			}
			NameParts parts = NameParts.of(definition.name());
			String known = wholeName(parts.name());
			if (known == null && parts.paren() != null) {
				known = wholeName(parts.paren());
			}
			if (known != null) {
				define(known, null, item.line(), item.text()).summary(definition.rest());
				return;
			}
			Words name = Words.of(parts.name());
			if (name.isEmpty() || name.size() > 4 || !allCapitalised(name) || anyWord(name, topicWords)
					|| names.isNotName(parts.name())) {
				return;
			}
			boolean sectionIsTopic = section.heading() == null || anyWord(Words.of(section.heading()), topicWords);
			if (anyNameLike(name) || names.isPrefix(name.get(0).norm()) || sectionIsTopic
					|| statesFacts(Words.of(definition.rest()))) {
				newService(parts, item.line(), item.text(), definition.rest());
			}
		}

		// ---- facts

		private void readBlocks(Section section, String sectionSubject) {
			String itemSubject = null;
			for (Block block : section.blocks()) {
				if (block instanceof Paragraph paragraph) {
					itemSubject = null;
					// "AWS Lambda is serverless. It runs for up to 15 minutes.": "It" is still Lambda
					String previous = null;
					for (Sentence sentence : paragraph.sentences()) {
						Words words = Words.of(sentence.text());
						boolean pronoun = !words.isEmpty() && PRONOUNS.contains(words.get(0).norm());
						List<String> named = sentence(sentence.text(), sentence.line(),
								(previous != null && pronoun) ? previous : sectionSubject, false, sentence.text());
						if (named.size() == 1) {
							previous = named.get(0);
						}
						else if (!named.isEmpty()) {
							previous = null;
						}
					}
				}
				else if (block instanceof Item item) {
					if (item.depth() == 0) {
						itemSubject = itemSubjectOf(item);
					}
					String subject = (itemSubject != null) ? itemSubject : sectionSubject;
					List<Sentence> sentences = item.sentences();
					for (int i = 0; i < sentences.size(); i++) {
						String text = sentences.get(i).text();
						if (i == 0 && item.depth() == 0 && itemSubject != null) {
							Definition definition = Definition.of(text);
							text = (definition != null) ? definition.rest() : "";
						}
						if (!text.isBlank()) {
							sentence(text, sentences.get(i).line(), subject, false, sentences.get(i).text());
						}
					}
				}
				else if (block instanceof Table table) {
					table(table);
				}
			}
		}

		private String itemSubjectOf(Item item) {
			Definition definition = Definition.of(item.text());
			if (definition == null) {
				return null;
			}
			NameParts parts = NameParts.of(definition.name());
			String id = wholeName(parts.name());
			if (id == null && parts.paren() != null) {
				id = wholeName(parts.paren());
			}
			return (id != null && drafts.containsKey(id)) ? id : null;
		}

		/**
		 * Reads one sentence. Each phrase is about the services its clause starts with ("Batch has no time
		 * limit, Lambda times out after 15 minutes"), else the services the sentence starts with, else the
		 * context's.
		 * @param contextSubject the service of the section, item, table cell or previous sentence, or null
		 * @param negated a table cell answered "no" to the phrase in this text
		 * @param source the text to cite
		 * @return the services the sentence names as its subject (for the next sentence of a paragraph)
		 */
		private List<String> sentence(String text, int line, String contextSubject, boolean negated, String source) {
			Words words = Words.of(text);
			if (words.isEmpty()) {
				return List.of();
			}
			List<Match> relations = PhraseBook.find(words, book.relations);
			List<List<Match>> facts = exclusive(words, List.of(PhraseBook.find(words, book.properties),
					PhraseBook.find(words, book.traits), PhraseBook.find(words, book.pricing)));
			List<Match> properties = facts.get(0);
			List<Match> traits = facts.get(1);
			List<Match> pricing = facts.get(2);
			if (relations.isEmpty() && properties.isEmpty() && traits.isEmpty() && pricing.isEmpty()) {
				return knownLeading(words);
			}
			int firstPhrase = firstStart(relations, properties, traits, pricing);
			List<String> leading = leadingSubjects(words, 0, firstPhrase, line, source);
			List<String> subjects = leading;
			if (subjects.isEmpty() && contextSubject != null) {
				subjects = List.of(mention(contextSubject, line, source));
			}
			List<Match> all = new ArrayList<>();
			all.addAll(relations);
			all.addAll(properties);
			all.addAll(traits);
			all.addAll(pricing);
			all.sort(Comparator.comparingInt(Match::start));
			int consumed = -1;
			for (Match match : all) {
				if (consumed >= 0 && match.start() > consumed) {
					List<String> clause = clauseSubjects(words, consumed, match.start(), line, source);
					if (!clause.isEmpty()) {
						subjects = clause;
					}
				}
				if (subjects.isEmpty()) {
					warnings.add(new Warning(line, "'" + words.span(match.start(), match.end())
							+ "' found, but no service it is about (no section, list item or sentence names one); skipped"));
					consumed = Math.max(consumed, match.end());
					continue;

				}
				consumed = Math.max(consumed, read(match, words, subjects, relations, negated, line, source));
			}
			return leading;
		}

		/** States what one phrase says about the subjects; returns the word after what it used. */
		private int read(Match match, Words words, List<String> subjects, List<Match> relations, boolean negated,
				int line, String source) {
			if (book.properties.contains(match.phrase())) {
				Map<String, Object> values = property(match, words, negated);
				if (values == null) {
					return match.end();
				}
				String fact = match.key().equals(PhraseBook.SERVERLESS) || match.key().equals(PhraseBook.NOT_SERVERLESS)
						? "serverless" : "timeLimit";
				for (String subject : subjects) {
					state(subject, fact, fact, values, line, source);
				}
			}
			else if (book.traits.contains(match.phrase())) {
				boolean value = !(negated || PhraseBook.endsBefore(words, match.start(), book.negations));
				String trait = match.key();
				for (String subject : subjects) {
					state(subject, "trait", "trait:" + trait,
							Map.of("target", trait, "name", vocabulary.traits().get(trait), "value", value), line, source);
				}
			}
			else if (book.pricing.contains(match.phrase())) {
				if (negated) {
					return match.end();
				}
				String model = match.key();
				for (String subject : subjects) {
					state(subject, "pricing", "pricing:" + model,
							Map.of("target", model, "name", vocabulary.pricingModels().get(model)), line, source);
				}
			}
			else {
				if (negated) {
					return match.end();
				}
				int next = relations.indexOf(match) + 1;
				int limit = (next < relations.size()) ? relations.get(next).start() : words.size();
				Targets objects = objects(words, match.end(), Math.min(limit, clauseEnd(words, match.end())), line, source);
				if (objects.ids().isEmpty()) {
					warnings.add(new Warning(line, "'" + words.span(match.start(), match.end()) + "' ("
							+ match.key() + ") found, but no service named right after it; skipped"));
				}
				for (String subject : subjects) {
					for (String target : objects.ids()) {
						if (!target.equals(subject)) {
							state(subject, "relation", "rel:" + match.key() + ":" + target,
									Map.of("type", match.key(), "target", target), line, source);
						}
					}
				}
				return Math.max(match.end(), objects.end());
			}
			return match.end();
		}

		/**
		 * Phrases of different kinds never share a word: the longer (then the earlier) one wins, so a trait
		 * "visibility timeout" keeps "timeout of" from reading as a time limit. A phrase inside a service's
		 * name ("Auto Scaling group") states nothing.
		 */
		private List<List<Match>> exclusive(Words words, List<List<Match>> lists) {
			List<Match> all = new ArrayList<>();
			lists.forEach(all::addAll);
			all.sort(Comparator.comparingInt((Match m) -> m.phrase().weight()).reversed().thenComparingInt(Match::start));
			List<int[]> names = nameSpans(words);
			all.removeIf(match -> names.stream().anyMatch(n -> n[0] <= match.start() && match.end() <= n[1]));
			List<int[]> taken = new ArrayList<>();
			List<Match> kept = new ArrayList<>();
			for (Match match : all) {
				if (taken.stream().noneMatch(t -> t[0] < match.end() && match.start() < t[1])) {
					kept.add(match);
					taken.add(new int[] { match.start(), match.end() });
				}
			}
			List<List<Match>> result = new ArrayList<>();
			for (List<Match> list : lists) {
				result.add(list.stream().filter(kept::contains).toList());
			}
			return result;
		}

		/** Word spans of known names of two words or more (one-word names never hold a phrase). */
		private List<int[]> nameSpans(Words words) {
			List<int[]> spans = new ArrayList<>();
			for (int i = 0; i < words.size(); i++) {
				Names.Found found = names.at(words, i);
				if (found != null) {
					if (found.end() - found.start() > 1) {
						spans.add(new int[] { found.start(), found.end() });
					}
					i = found.end() - 1;
				}
			}
			return spans;
		}

		/** The services a later clause starts with ("…, Lambda times out after 15 minutes"), else none. */
		private List<String> clauseSubjects(Words words, int from, int to, int line, String source) {
			int clause = -1;
			for (int i = Math.max(from, 1); i < to; i++) {
				String before = words.between(i - 1, i);
				if (before.contains(",") || before.contains(";") || before.contains(":") || before.contains("\u2014")
						|| before.contains(" - ") || before.contains("\u2013") || CONJUNCTIONS.contains(words.get(i).norm())) {
					clause = i;
				}
			}
			if (clause < 0) {
				return List.of();
			}
			while (clause < to && (CONJUNCTIONS.contains(words.get(clause).norm()) || words.get(clause).norm().equals("the"))) {
				clause++;
			}
			return leadingSubjects(words, clause, to, line, source);
		}

		/** Known services a sentence without phrases starts with, so "It …" in the next sentence means them. */
		private List<String> knownLeading(Words words) {
			int position = (words.get(0).norm().equals("the")) ? 1 : 0;
			Names.Found found = (position < words.size()) ? names.at(words, position) : null;
			return (found != null && drafts.containsKey(found.id())) ? List.of(found.id()) : List.of();
		}

		/** The values a serverless or time-limit phrase states, or null when it states nothing about a service. */
		private Map<String, Object> property(Match match, Words words, boolean negated) {
			Map<String, Object> values = new LinkedHashMap<>();
			if (match.key().equals(PhraseBook.TIME_LIMIT) && classifies(words, match.start())) {
				return null;
			}
			switch (match.key()) {
				case PhraseBook.SERVERLESS -> values.put("value",
						!(negated || PhraseBook.endsBefore(words, match.start(), book.negations)));
				case PhraseBook.NOT_SERVERLESS -> values.put("value", false);
				case PhraseBook.NO_TIME_LIMIT -> noTimeLimit(values);
				default -> {
					if (negated || PhraseBook.endsBefore(words, match.start(), book.negations)) {
						noTimeLimit(values);
					}
					else {
						values.put("hasTimeLimit", true);
						Long seconds = seconds(words.text(), words.get(match.start()).start());
						if (seconds != null) {
							values.put("seconds", seconds);
							values.put("display", FactsFileReader.human(seconds));
						}
						else {
							values.put("display", "has a time limit");
						}
					}
				}
			}
			return values;
		}

		/**
		 * "…, which is not a time limit": something is said not to be one, which says nothing about whether
		 * the service has one ("there is not a time limit" does).
		 */
		private static boolean classifies(Words words, int start) {
			if (start < 2 || !ARTICLES.contains(words.get(start - 1).norm())) {
				return false;
			}
			String negation = words.get(start - 2).norm();
			if (negation.equals("t") && start >= 3) {
				String verb = words.get(start - 3).norm();
				return COPULAS.contains(verb.substring(0, verb.length() - 1));
			}
			// "(backups are kept 35 days, not a time limit)": only "there is not a time limit" denies one
			return negation.equals("not") && !(start >= 4 && words.get(start - 4).norm().equals("there"));
		}

		private static void noTimeLimit(Map<String, Object> values) {
			values.put("hasTimeLimit", false);
			values.put("display", "no time limit");
		}

		/** The first duration after {@code from}, else the first in the sentence. */
		private Long seconds(String text, int from) {
			if (duration == null) {
				return null;
			}
			Matcher matcher = duration.matcher(text);
			Long first = null;
			while (matcher.find()) {
				Integer unit = vocabulary.phrases().units().get(matcher.group(2).toLowerCase(Locale.ROOT));
				long value = Math.round(Double.parseDouble(matcher.group(1)) * unit);
				if (matcher.start() >= from) {
					return value;
				}
				if (first == null) {
					first = value;
				}
			}
			return first;
		}

		/** The services a sentence starts with ("Lambda and Fargate are serverless"), registering unknown ones. */
		private List<String> leadingSubjects(Words words, int from, int firstPhrase, int line, String source) {
			List<String> subjects = new ArrayList<>();
			int position = from;
			if (position < words.size() && words.get(position).norm().equals("the")) {
				position++;
			}
			while (position < firstPhrase) {
				Names.Found found = names.at(words, position);
				if (found == null && names.isPrefix(words.get(position).norm())) {
					found = names.unknownAt(words, position, firstPhrase);
				}
				if (found == null || found.end() > firstPhrase) {
					break;
				}
				String subject = found.unknown() ? newService(NameParts.of(words.span(found.start(), found.end())), line,
						source, null) : mention(found.id(), line, source);
				if (subject == null) {
					break;
				}
				subjects.add(subject);
				position = nextListItem(words, found.end(), firstPhrase);
				if (position < 0) {
					break;
				}
			}
			return subjects;
		}

		/** The services named right after a relation phrase: "alternative to EC2, RDS, ELB, EBS, Route 53". */
		private Targets objects(Words words, int from, int limit, int line, String source) {
			List<String> targets = new ArrayList<>();
			int position = from;
			int last = from;
			while (position < limit) {
				int skipped = 0;
				while (position < limit && skipped < 3 && FILLERS.contains(words.get(position).norm())) {
					position++;
					skipped++;
				}
				if (position >= limit) {
					break;
				}
				Names.Found found = names.at(words, position);
				int end;
				if (found != null && found.end() <= limit) {
					end = found.end();
					String id = found.id();
					int composite = compositeEnd(words, end, limit);
					if (composite > end) {
						id = component(words.span(found.start(), composite), id, line, source);
						end = composite;
					}
					else {
						mention(id, line, source);
					}
					targets.add(id);
				}
				else {
					found = names.unknownAt(words, position, limit);
					if (found == null) {
						break;
					}
					end = found.end();
					String id = newService(NameParts.of(words.span(found.start(), found.end())), line, source, null);
					if (id == null) {
						break;
					}
					targets.add(id);
				}
				end = skipParenthesis(words, end, limit);
				last = end;
				position = nextListItem(words, end, limit);
				if (position < 0) {
					break;
				}
			}
			return new Targets(List.copyOf(targets), last);
		}

		/** @param ids the services named @param end the word after the last of them */
		private record Targets(List<String> ids, int end) {
		}

		/** Capitalised words right after a known name make a part of it: "CloudWatch Alarms". */
		private int compositeEnd(Words words, int end, int limit) {
			int composite = end;
			while (composite < limit && composite - end < 2 && words.get(composite).capitalised()
					&& words.between(composite - 1, composite).isBlank() && !LIST_WORDS.contains(words.get(composite).norm())
					&& names.at(words, composite) == null) {
				composite++;
			}
			return composite;
		}

		/** Skips "(ALB)" right after a name: the word after the closing parenthesis. */
		private static int skipParenthesis(Words words, int end, int limit) {
			String text = words.text();
			int offset = words.get(end - 1).end();
			while (offset < text.length() && text.charAt(offset) == ' ') {
				offset++;
			}
			if (offset >= text.length() || text.charAt(offset) != '(') {
				return end;
			}
			int close = text.indexOf(')', offset);
			if (close < 0 || close - offset > 60) {
				return end;
			}
			int next = words.indexAt(close + 1);
			return (next <= limit) ? next : end;
		}

		/** The word where the next list item starts (after ",", "and", "or", "/"), or -1 when the list ends. */
		private static int nextListItem(Words words, int end, int limit) {
			if (end >= limit || end >= words.size()) {
				return -1;
			}
			String between = words.between(end - 1, end).strip();
			if (between.equals(",") || between.equals("/") || between.equals("&") || between.equals(", …")) {
				if (end < limit && LIST_WORDS.contains(words.get(end).norm())) {
					return end + 1;
				}
				return end;
			}
			if (between.isEmpty() && LIST_WORDS.contains(words.get(end).norm())
					&& words.between(end, Math.min(end + 1, words.size() - 1)).isBlank()) {
				return end + 1;
			}
			return -1;
		}

		/** Where the clause that a relation phrase ends in stops: a sentence mark, an unopened ")", or "but", "which" … */
		private static int clauseEnd(Words words, int from) {
			int depth = 0;
			for (int i = from; i < words.size(); i++) {
				String before = words.between(i - 1, i);
				for (char c : before.toCharArray()) {
					if (c == '(') {
						depth++;
					}
					else if (c == ')' && depth-- == 0) {
						return i;
					}
					else if ((c == ';' || c == '.' && !before.startsWith(".") || c == '!' || c == '?') && depth == 0) {
						return i;
					}
				}
				if (i > from && CLAUSE_BREAKS.contains(words.get(i).norm())) {
					return i;
				}
			}
			return words.size();
		}

		// ---- tables

		private void table(Table table) {
			List<String> columns = new ArrayList<>();
			int serviceColumns = 0;
			for (Cell cell : table.header()) {
				String id = headerName(cell.text());
				columns.add(id);
				if (id != null) {
					serviceColumns++;
				}
			}
			if (serviceColumns >= 2 || serviceColumns == 1 && columns.size() == 2 && columns.get(0) == null) {
				int labelColumn = columns.indexOf(null);
				for (int c = 0; c < columns.size(); c++) {
					if (columns.get(c) != null) {
						define(columns.get(c), null, table.line(), table.header().get(c).text());
					}
				}
				for (List<Cell> row : table.rows()) {
					String label = (labelColumn >= 0) ? row.get(labelColumn).text() : null;
					for (int c = 0; c < columns.size(); c++) {
						if (columns.get(c) != null) {
							cell(columns.get(c), table.header().get(c).text(), label, row.get(c));
						}
					}
				}
				return;
			}
			int named = 0;
			for (List<Cell> row : table.rows()) {
				if (rowService(row.get(0), false) != null) {
					named++;
				}
			}
			if (named > 0 && named * 2 >= table.rows().size()) {
				for (List<Cell> row : table.rows()) {
					String subject = rowService(row.get(0), true);
					if (subject == null) {
						continue;
					}
					for (int c = 1; c < row.size(); c++) {
						cell(subject, row.get(0).text(), table.header().get(c).text(), row.get(c));
					}
				}
				return;
			}
			warnings.add(new Warning(table.line(), "a table whose header names no services and whose first column"
					+ " names none either; skipped"));
		}

		/** A header cell naming a service, maybe with a qualifier after it in lower case: "ECS on EC2". */
		private String headerName(String text) {
			String id = wholeName(NameParts.of(text).name());
			if (id != null) {
				return id;
			}
			Words words = Words.of(text);
			Names.Found found = words.isEmpty() ? null : names.at(words, 0);
			return (found != null && found.end() < words.size() && !words.get(found.end()).capitalised()) ? found.id() : null;
		}

		private String rowService(Cell cell, boolean register) {
			NameParts parts = NameParts.of(cell.text());
			String id = wholeName(parts.name());
			if (id == null && parts.paren() != null) {
				id = wholeName(parts.paren());
			}
			if (id != null) {
				return register ? define(id, null, cell.line(), cell.text()).id : id;
			}
			Words words = Words.of(parts.name());
			if (!words.isEmpty() && words.size() <= 4 && allCapitalised(words) && !anyWord(words, topicWords)
					&& !names.isNotName(parts.name()) && (anyNameLike(words) || names.isPrefix(words.get(0).norm()))) {
				return register ? newService(parts, cell.line(), cell.text(), null) : names.slug(parts.name());
			}
			return null;
		}

		/** One table cell about {@code subject}; {@code label} is what the row or column asks ("Time limit"). */
		private void cell(String subject, String name, String label, Cell cell) {
			String text = cell.text();
			if (text.isBlank()) {
				return;
			}
			Words words = Words.of(text);
			String source = name + ": " + ((label != null && !label.isBlank()) ? label + " — " : "") + text;
			boolean yes = PhraseBook.whole(words, 0, words.size(), book.affirmative) || words.isEmpty() && isTick(text, true);
			boolean no = PhraseBook.whole(words, 0, words.size(), book.negative) || words.isEmpty() && isTick(text, false);
			if (label != null && !label.isBlank() && (yes || no)) {
				sentence(label, cell.line(), subject, no, source);
			}
			else if (label != null && !label.isBlank()) {
				sentence(label + ": " + text, cell.line(), subject, false, source);
			}
			else if (!no) {
				sentence(text, cell.line(), subject, false, source);
			}
		}

		/** Cells holding only a symbol (✓, ✗) have no words: compare them as written. */
		private boolean isTick(String text, boolean yes) {
			List<String> ticks = yes ? vocabulary.phrases().affirmative() : vocabulary.phrases().negative();
			return ticks.contains(text.strip());
		}

		// ---- services

		/** A service named in full by this text (with "AWS"/"Amazon" in front allowed), or null. */
		private String wholeName(String text) {
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

		private Set<String> namedIn(Words words) {
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

		/** Records that the note mentions a service (it must exist for a relationship to point at it). */
		private String mention(String id, int line, String source) {
			return define(id, null, line, source).id;
		}

		private Draft define(String id, String name, int line, String source) {
			Draft draft = drafts.get(id);
			if (draft == null) {
				KnownService known = names.known(id);
				draft = new Draft(id, line, source);
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

		/** A service nobody declared: "Name (Full Name)" or "Full Name (ABBR)". */
		private String newService(NameParts parts, int line, String source, String description) {
			String name = names.shortName(parts.name());
			if (name == null) {
				return null;
			}
			String fullName = parts.paren();
			Words paren = (fullName != null) ? Words.of(fullName) : null;
			if (paren != null && paren.size() == 1 && paren.get(0).nameLike() && Words.of(name).size() > 1) {
				fullName = name;
				name = parts.paren();
			}
			String id = names.slug(name);
			if (id.isEmpty()) {
				return null;
			}
			boolean fresh = !drafts.containsKey(id) && names.known(id) == null;
			Words nameWords = Words.of(name);
			if (fresh && !anyNameLike(nameWords) && written(texts, nameWords, false)) {
				// "Cold Starts" in a heading or list, "a cold start" in the text: a common noun, not a name
				warnings.add(new Warning(line, "'" + name + "' looks like a name but the note also writes it in lower case;"
						+ " not taken as a service"));
				return null;
			}
			Draft draft = define(id, name, line, source);
			if (fresh) {
				draft.fullName = fullName;
				draft.kind = kindOf(description != null ? description : source);
				List<String> aliases = new ArrayList<>();
				if (fullName != null) {
					aliases.add(fullName);
				}
				names.add(id, List.of(name));
				names.add(id, aliases);
				warnings.add(new Warning(line, "'" + name + "' is not in the vocabulary; added service '" + id + "' (kind "
						+ draft.kind + ")"));
			}
			return id;
		}

		/** "CloudWatch Alarms": a part of CloudWatch, of kind component. */
		private String component(String name, String whole, int line, String source) {
			String id = names.slug(name);
			boolean fresh = !drafts.containsKey(id) && names.known(id) == null;
			Draft draft = define(id, name, line, source);
			mention(whole, line, source);
			if (fresh) {
				draft.kind = "component";
				names.add(id, List.of(name));
				state(id, "relation", "rel:PART_OF:" + whole, Map.of("type", partOf(), "target", whole), line, source);
				warnings.add(new Warning(line, "'" + name + "' is not in the vocabulary; added component '" + id
						+ "', part of '" + whole + "'"));
			}
			return id;
		}

		private String partOf() {
			return vocabulary.isRelation("PART_OF") ? "PART_OF" : vocabulary.relations().keySet().iterator().next();
		}

		private String kindOf(String text) {
			Words words = Words.of(text != null ? text : "");
			for (Map.Entry<String, List<Phrase>> kind : book.kinds.entrySet()) {
				if (!PhraseBook.find(words, kind.getValue()).isEmpty()) {
					return kind.getKey();
				}
			}
			return "service";
		}

		private void state(String subject, String fact, String key, Map<String, Object> values, int line, String source) {
			if (subject == null) {
				return;
			}
			String id = subject + "|" + key;
			Statement statement = new Statement(subject, fact, key, values, line, source);
			Statement earlier = statements.get(id);
			if (earlier == null) {
				statements.put(id, statement);
			}
			else if (fact.equals("timeLimit") && Boolean.TRUE.equals(earlier.values().get("hasTimeLimit"))
					&& Boolean.TRUE.equals(values.get("hasTimeLimit"))) {
				// "up to 15 minutes" says more than a table's bare "Time Limit"
				if (earlier.values().get("seconds") == null && values.get("seconds") != null) {
					statements.put(id, statement);
				}
			}
			else if (!comparable(earlier.values()).equals(comparable(values))) {
				warnings.add(new Warning(line, "this says " + describe(values) + " about '" + subject + "', but line "
						+ earlier.line() + " says " + describe(earlier.values()) + "; kept line " + earlier.line()));
			}
		}

		private static Map<String, Object> comparable(Map<String, Object> values) {
			Map<String, Object> comparable = new LinkedHashMap<>(values);
			comparable.remove("display");
			if (Boolean.TRUE.equals(values.get("hasTimeLimit")) && values.get("seconds") == null) {
				comparable.remove("hasTimeLimit");
			}
			return comparable;
		}

		private static String describe(Map<String, Object> values) {
			Object display = values.get("display");
			return (display != null) ? String.valueOf(display) : String.valueOf(values.get("value"));
		}

		private boolean statesFacts(Section section) {
			for (Block block : section.blocks()) {
				List<Sentence> sentences = (block instanceof Paragraph p) ? p.sentences()
						: (block instanceof Item i) ? i.sentences() : List.of();
				for (Sentence sentence : sentences) {
					if (statesFacts(Words.of(sentence.text()))) {
						return true;
					}
				}
			}
			return false;
		}

		private boolean statesFacts(Words words) {
			return !PhraseBook.find(words, book.relations).isEmpty() || !PhraseBook.find(words, book.properties).isEmpty()
					|| !PhraseBook.find(words, book.traits).isEmpty() || !PhraseBook.find(words, book.pricing).isEmpty();
		}

		/** The section's own paragraphs, as its service's description. */
		private String describe(Section section) {
			StringBuilder text = new StringBuilder();
			for (Block block : section.blocks()) {
				if (block instanceof Paragraph paragraph) {
					for (Sentence sentence : paragraph.sentences()) {
						text.append(text.isEmpty() ? "" : " ").append(sentence.text());
					}
				}
			}
			return text.isEmpty() ? null : text.toString();
		}

		private boolean isTopic(String heading) {
			Words words = Words.of(heading);
			return heading.contains("?") || anyWord(words, topicWords) || anyWord(words, comparisonWords);
		}

		private boolean anyWord(Words words, Set<String> set) {
			for (int i = 0; i < words.size(); i++) {
				if (set.contains(words.get(i).norm())) {
					return true;
				}
			}
			return false;
		}

		private static boolean allCapitalised(Words words) {
			for (int i = 0; i < words.size(); i++) {
				if (!words.get(i).capitalised()) {
					return false;
				}
			}
			return !words.isEmpty();
		}

		private static boolean anyNameLike(Words words) {
			for (int i = 0; i < words.size(); i++) {
				if (words.get(i).nameLike()) {
					return true;
				}
			}
			return false;
		}

		@SafeVarargs
		private static int firstStart(List<Match>... lists) {
			int first = Integer.MAX_VALUE;
			for (List<Match> list : lists) {
				if (!list.isEmpty()) {
					first = Math.min(first, list.get(0).start());
				}
			}
			return first;
		}

		@SafeVarargs
		private static Match firstMatch(List<Match>... lists) {
			Match first = null;
			for (List<Match> list : lists) {
				if (!list.isEmpty() && (first == null || list.get(0).start() < first.start())) {
					first = list.get(0);
				}
			}
			return first;
		}

		/** A section opened by a service's heading describes that service. */
		private void describeSections() {
			for (int i = 0; i < model.sections().size(); i++) {
				String subject = sectionSubjects.get(i);
				if (subject != null && ownSections.contains(i) && drafts.get(subject).description == null) {
					drafts.get(subject).description = describe(model.sections().get(i));
				}
			}
		}

	}

	/** A service as the note describes it, becoming its {@code exists} statement. */
	private static final class Draft {

		final String id;

		final int line;

		final String text;

		String name;

		String fullName;

		List<String> aliases = List.of();

		String kind = "service";

		String category;

		String provider;

		String summary;

		String description;

		Draft(String id, int line, String text) {
			this.id = id;
			this.line = line;
			this.text = text;
		}

		Draft summary(String summary) {
			if (this.summary == null && summary != null && !summary.isBlank()) {
				this.summary = summary.strip();
			}
			return this;
		}

		Draft fullNameIfUnknown(NameParts parts) {
			if (fullName == null && parts.paren() != null) {
				fullName = parts.paren();
			}
			return this;
		}

		Statement statement() {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("name", name);
			putIfSet(values, "fullName", fullName);
			if (!aliases.isEmpty()) {
				values.put("aliases", aliases);
			}
			values.put("kind", kind);
			putIfSet(values, "category", category);
			putIfSet(values, "provider", provider);
			putIfSet(values, "summary", summary);
			putIfSet(values, "description", description);
			return new Statement(id, "exists", "exists", values, line, text);
		}

		private static void putIfSet(Map<String, Object> values, String key, String value) {
			if (value != null) {
				values.put(key, value);
			}
		}

	}

	/** "ECS (Elastic Container Service)" → ECS and Elastic Container Service. */
	record NameParts(String name, String paren) {

		private static final Pattern PAREN = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");

		static NameParts of(String text) {
			Matcher matcher = PAREN.matcher(text.strip());
			if (matcher.matches() && !matcher.group(1).isBlank() && !matcher.group(2).isBlank()) {
				return new NameParts(matcher.group(1).strip(), matcher.group(2).strip());
			}
			return new NameParts(text.strip(), null);
		}

	}

	/** "Name: description", "Name – description", "Name - description". */
	record Definition(String name, String rest) {

		private static final Pattern DEFINITION = Pattern.compile("^([^:–—]{1,60}?)\\s*(?::|\\s[–—-]\\s|[–—])\\s*(.*)$",
				Pattern.DOTALL);

		static Definition of(String text) {
			Matcher matcher = DEFINITION.matcher(text.strip());
			return matcher.matches() ? new Definition(matcher.group(1).strip(), matcher.group(2).strip()) : null;
		}

	}

}
