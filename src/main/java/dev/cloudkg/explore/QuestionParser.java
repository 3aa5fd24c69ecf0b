package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.cloudkg.catalog.Direction;
import dev.cloudkg.explore.ConditionReader.Bare;
import dev.cloudkg.explore.Interpretation.Condition;
import dev.cloudkg.explore.QuestionPattern.Slot;
import dev.cloudkg.explore.QuestionPattern.SlotKind;
import dev.cloudkg.explore.QuestionVocabulary.Kind;
import dev.cloudkg.explore.QuestionVocabulary.Match;
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
		for (List<String> count : grammar.count()) {
			if (words.size() > count.size() && startsWith(words, 0, count)) {
				List<Word> asked = new ArrayList<>(words.subList(count.size(), words.size()));
				asked.add(0, new Word("which", "which", 0, 0));
				Reading reading = new Reading(List.copyOf(asked), vocabulary, lookup);
				Interpretation interpretation = new Shapes(reading).run();
				if (interpretation instanceof Interpretation.Find find) {
					return new Parsed(new Interpretation.Find(find.where(), find.named(), true, find.remark()), null);
				}
				return Parsed.problem((interpretation != null) ? "I can count services (\"how many services are "
						+ "serverless?\"), not this." : reason(reading));
			}
		}
		Reading reading = new Reading(List.copyOf(words), vocabulary, lookup);
		Interpretation interpretation = new Shapes(reading).run();
		return (interpretation != null) ? new Parsed(interpretation, null) : Parsed.problem(reason(reading));
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

	/** The shapes of question, tried in turn on one reading. */
	private final class Shapes {

		private final Reading r;

		Shapes(Reading reading) {
			this.r = reading;
		}

		Interpretation run() {
			List<Supplier<Interpretation>> readings = List.of(this::leads, this::connect, this::compare, this::value,
					this::check, this::reverse, this::find, this::everything, this::describe);
			for (Supplier<Interpretation> reading : readings) {
				Interpretation interpretation = reading.get();
				if (interpretation != null) {
					return interpretation;
				}
			}
			return null;
		}

		/** "Which service should I use to run containers?", "where can I store docker images?" */
		private Interpretation leads() {
			for (QuestionPattern lead : grammar.useLeads()) {
				int end = lead.prefix(r.words);
				if (end > 0 && end < r.n) {
					List<Condition> found = conditions.conditions(r, end, r.n, Bare.SUBJECT);
					for (int i = 0; found == null && i < grammar.subjectEndings().size(); i++) {
						Reading ended = r.with(plus(r.words, grammar.subjectEndings().get(i)));
						found = ended.quietly(() -> conditions.conditions(ended, end, ended.n, Bare.SUBJECT));
					}
					if (found != null) {
						return find(found);
					}
				}
			}
			for (QuestionPattern lead : grammar.placeLeads()) {
				int end = lead.prefix(r.words);
				if (end > 0 && end < r.n) {
					for (String place : grammar.placeWords()) {
						Reading placed = r.with(plus(r.words, place));
						List<Condition> found = placed.quietly(() -> conditions.conditions(placed, end, placed.n, Bare.PLACE));
						if (found != null) {
							return find(found);
						}
					}
					List<Condition> found = conditions.conditions(r, end, r.n, Bare.SUBJECT);
					if (found != null) {
						return find(found);
					}
				}
			}
			return null;
		}

		private Interpretation connect() {
			for (QuestionPattern pattern : grammar.connect()) {
				Filled filled = fill(pattern, true);
				if (filled != null) {
					return new Interpretation.Connect(filled.ids().get(0), filled.ids().get(1), false);
				}
			}
			for (QuestionPattern pattern : grammar.connectedYesNo()) {
				Filled filled = fill(pattern, true);
				if (filled != null) {
					return new Interpretation.Connect(filled.ids().get(0), filled.ids().get(1), true);
				}
			}
			return null;
		}

		private Interpretation compare() {
			List<QuestionPattern> patterns = new ArrayList<>(grammar.compare());
			if (r.words.stream().anyMatch(w -> vocabulary.comparisonWords.contains(w.norm()))) {
				patterns.add(QuestionPattern.compile("*", java.util.Map.of()));
			}
			for (QuestionPattern pattern : patterns) {
				Filled filled = fill(pattern, true);
				if (filled != null) {
					return new Interpretation.Compare(filled.ids());
				}
			}
			return null;
		}

		/** "What is the time limit of Lambda?", "how is Lambda priced?", "who provides Lambda?" */
		private Interpretation value() {
			for (var kind : grammar.values().entrySet()) {
				for (QuestionPattern pattern : kind.getValue().shapes()) {
					Filled filled = fill(pattern, true);
					if (filled != null) {
						return new Interpretation.Value(filled.ids().get(0), kind.getKey());
					}
				}
			}
			for (QuestionPattern pattern : grammar.valueShapes()) {
				Filled filled = fill(pattern, true);
				if (filled != null && filled.value() != null) {
					return new Interpretation.Value(filled.ids().get(0), filled.value());
				}
			}
			return null;
		}

		/** "Is Lambda serverless?", "Does Batch run on ECS?", "Is there a time limit on Batch jobs?" */
		private Interpretation check() {
			for (QuestionPattern pattern : grammar.valueYesNo()) {
				Filled filled = fill(pattern, true);
				if (filled != null && "timeLimit".equals(filled.value())) {
					return new Interpretation.Check(filled.ids().get(0), List.of(wheres.timeLimit(true)));
				}
				if (filled != null) {
					return new Interpretation.Value(filled.ids().get(0), filled.value());
				}
			}
			if (grammar.yesNo().contains(r.norm(0))) {
				for (QuestionVocabulary.Named named : vocabulary.names(r.words, 1, r.n)) {
					List<Condition> found = conditions.conditions(r, named.end(), r.n, Bare.NO);
					if (found != null) {
						return new Interpretation.Check(named.id(), found);
					}
				}
				for (int end = Math.min(r.n - 1, 1 + Reading.MAX_NAME_WORDS); end > 1; end--) {
					List<Condition> found = conditions.quietly(r, end, r.n);
					if (found != null) {
						String id = r.service(1, end, true);
						if (id != null) {
							return new Interpretation.Check(id, found);
						}
					}
				}
			}
			for (QuestionPattern pattern : grammar.check()) {
				Filled filled = fill(pattern, true);
				if (filled != null) {
					return new Interpretation.Check(filled.ids().get(0), filled.conditions());
				}
			}
			return null;
		}

		/** "What does ECS run on?", "What is Lambda monitored by?", "Where does ECS store its images?" */
		private Interpretation reverse() {
			if (r.norm(0).equals("where")) {
				for (String place : grammar.placeWords()) {
					Interpretation found = new Shapes(r.with(plus(r.words, place))).reverseFrom(true);
					if (found != null) {
						return found;
					}
				}
				return null;
			}
			return reverseFrom(grammar.listing().contains(r.norm(0)));
		}

		private Interpretation reverseFrom(boolean asking) {
			if (!asking) {
				return null;
			}
			int aux = 1;
			while (aux < r.n && !grammar.auxiliaries().contains(r.norm(aux)) && r.isFiller(r.norm(aux))) {
				aux++;
			}
			if (aux >= r.n || !grammar.auxiliaries().contains(r.norm(aux))) {
				return null;
			}
			for (int start = aux + 2; start < r.n; start++) {
				Match verb = vocabulary.condition(r.words, start, r.n);
				if (verb == null || verb.end() != r.n
						|| verb.phrase().kind() != Kind.RELATION && verb.phrase().kind() != Kind.INVERSE) {
					continue;
				}
				int end = start;
				while (end > aux + 2 && r.isFiller(r.norm(end - 1))) {
					end--;
				}
				for (int to : (end < start) ? new int[] { start, end } : new int[] { start }) {
					String id = r.service(aux + 1, to, to == end);
					if (id != null) {
						Direction direction = switch (conditions.direction(verb)) {
							case OUT -> Direction.IN;
							case IN -> Direction.OUT;
							case BOTH -> Direction.BOTH;
						};
						return find(List.of(wheres.related(verb.phrase().key(), direction, id)));
					}
				}
			}
			return null;
		}

		/** "Which serverless options have no time limit?", "What runs on ECS?", "Serverless services?" */
		private Interpretation find() {
			int start = grammar.listing().contains(r.norm(0)) ? 1 : 0;
			List<Condition> found = conditions.conditions(r, start, r.n, Bare.NO);
			if (found == null && start == 1 && !grammar.subjectEndings().contains(r.norm(r.n - 1))) {
				// "which services store images?": a relationship with any service at its other end (but "what runs
				// on?" is a question left unfinished)
				found = r.quietly(() -> conditions.conditions(r, start, r.n, Bare.SUBJECT));
				for (int i = 0; found == null && i < grammar.subjectEndings().size(); i++) {
					Reading ended = r.with(plus(r.words, grammar.subjectEndings().get(i)));
					found = ended.quietly(() -> conditions.conditions(ended, start, ended.n, Bare.SUBJECT));
				}
			}
			return (found != null) ? find(found) : null;
		}

		/** "List all services", "what services are there?": every service. */
		private Interpretation everything() {
			boolean listing = grammar.listing().contains(r.norm(0));
			if (!listing && !grammar.everything().contains(r.norm(0))) {
				return null;
			}
			boolean every = !listing;
			for (int i = 1; i < r.n; i++) {
				String word = r.norm(i);
				if (!r.isFiller(word) && !grammar.everything().contains(word)) {
					return null;
				}
				every |= grammar.everything().contains(word) || word.equals("services");
			}
			return every ? new Interpretation.Find(WhereBuilder.none(), List.of(), false, null) : null;
		}

		private Interpretation describe() {
			return r.quietly(() -> {
				for (QuestionPattern pattern : grammar.describe()) {
					for (List<Slot> slots : pattern.matches(r.words)) {
						Slot slot = slots.get(0);
						boolean fillers = true;
						for (int i = slot.from(); i < slot.to() && fillers; i++) {
							fillers = r.isFiller(r.norm(i)) || grammar.everything().contains(r.norm(i));
						}
						String id = fillers ? null : r.service(slot.from(), slot.to(), false);
						if (id != null) {
							return new Interpretation.Describe(id);
						}
					}
				}
				return null;
			});
		}

		private Interpretation find(List<Condition> found) {
			String remark = found.stream().filter(c -> c.description().endsWith("(either way)")).findFirst()
				.map(c -> {
					String type = c.facts().get(0).type();
					String verb = QuestionVocabulary.words(type);
					String other = c.named().isEmpty() ? "any service" : c.named().get(0);
					return type + " is read both ways: what " + other + " " + verb + " and what " + verb + " " + other + ".";
				})
				.orElse(null);
			return new Interpretation.Find(WhereBuilder.all(found.stream().map(Condition::where).toList()),
					found.stream().flatMap(c -> c.named().stream()).distinct().toList(), false, remark);
		}

		/** The services (and conditions, value) a pattern's slots name, when the words fit it and every slot reads. */
		private Filled fill(QuestionPattern pattern, boolean report) {
			String unknown = null;
			int unknownAt = -1;
			for (List<Slot> slots : pattern.matches(r.words)) {
				List<String> ids = new ArrayList<>();
				List<Condition> found = null;
				String value = null;
				boolean read = true;
				for (Slot slot : slots) {
					switch (slot.kind()) {
						case LIST -> {
							List<String> list = r.list(slot.from(), slot.to());
							read = list != null;
							if (read) {
								ids.addAll(list);
							}
						}
						case SERVICE -> {
							String id = r.service(slot.from(), slot.to(), false);
							if (id == null && unknown == null) {
								unknown = r.text(slot.from(), slot.to());
								unknownAt = slot.from();
							}
							read = id != null;
							ids.add(id);
						}
						case CONDITIONS -> {
							found = conditions.quietly(r, slot.from(), slot.to());
							read = found != null;
						}
						case VALUE -> value = slot.key();
					}
					if (!read) {
						break;
					}
				}
				if (read) {
					return new Filled(ids, found, value);
				}
			}
			if (unknown != null && report) {
				r.fail(Reading.UNKNOWN_SERVICE, unknownAt, "I don't know a service called \"" + unknown + "\".");
			}
			return null;
		}

	}

	private record Filled(List<String> ids, List<Condition> conditions, String value) {
	}

	private static List<Word> plus(List<Word> words, String word) {
		List<Word> more = new ArrayList<>(words);
		int end = words.isEmpty() ? 0 : words.get(words.size() - 1).end();
		more.add(new Word(word, word, end, end));
		return List.copyOf(more);
	}

}
