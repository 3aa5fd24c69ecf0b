package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.cloudkg.catalog.Direction;
import dev.cloudkg.catalog.ServiceWhere;
import dev.cloudkg.explore.Interpretation.Condition;
import dev.cloudkg.explore.QuestionVocabulary.Kind;
import dev.cloudkg.explore.QuestionVocabulary.Match;
import dev.cloudkg.language.Spelling;
import dev.cloudkg.language.Words.Word;

/**
 * Reads a plain-English question about services into an {@link Interpretation}, or says what it could
 * not read. The question's structure ("which … ", "is X …", "compare X and Y", "how is X connected to
 * Y") is English grammar and lives here; everything it can ask about (relationship verbs, pricing,
 * traits, serverless, time limits, categories, service names) comes from the vocabulary. Every word of a
 * question must be accounted for: a word it does not know makes the question not understood rather
 * than half-read, so an answer is never to a question nobody asked.
 */
final class QuestionParser {

	/** Words that carry no condition of their own in a question about services. */
	private static final Set<String> FILLERS = Set.of("are", "is", "be", "been", "have", "has", "having", "with", "that",
			"which", "who", "do", "does", "did", "can", "could", "will", "would", "a", "an", "the", "any", "also", "both",
			"all", "there", "services", "service", "options", "option", "ones", "one", "offerings", "offering", "products",
			"product", "tools", "support", "supports", "offer", "offers", "provide", "provides", "me", "i", "and", "some",
			"anything", "something", "what", "currently");

	/** Words that start a question asking for a list of services. */
	private static final Set<String> LISTING = Set.of("which", "what", "list", "show", "find", "name");

	/** Words that start a yes/no question. */
	private static final Set<String> YES_NO = Set.of("is", "are", "does", "do", "can", "has", "have");

	/** Words between the services of a list: "Batch and Lambda", "Batch vs Lambda". */
	private static final Set<String> SEPARATORS = Set.of("and", "with", "to", "vs", "versus", "or", "compared", "against");

	private static final List<List<String>> COURTESY = List.of(List.of("please"), List.of("can", "you", "tell", "me"),
			List.of("could", "you", "tell", "me"), List.of("tell", "me"), List.of("do", "you", "know"),
			List.of("i", "want", "to", "know"), List.of("i", "would", "like", "to", "know"));

	private static final String CONNECTED = "connected|related|linked|connect|relate|link|connects|relates|links";

	private static final List<String> CONNECT = List.of("how is|are|does|do $ " + CONNECTED + " to|with $",
			"how is|are|do $ and $ " + CONNECTED + " ?together", "what|which connects|links $ to|and|with $",
			"?what|which|show|find|list ?me ?is|are ?the path|paths|connection|connections|link|links|route from|between $ to|and $");

	private static final List<String> CONNECTED_YES_NO = List.of("is|are $ connected|related|linked to|with $",
			"are $ and $ connected|related|linked ?together");

	private static final List<String> COMPARE = List.of("compare|comparing|comparison ?of|between *",
			"?what ?is|are ?the difference|differences between *", "how does|do $ differ|compare from|to|with $",
			"how do|does * differ|compare");

	private static final List<String> DESCRIBE = List.of("what|who is|are $", "about $", "describe $");

	private static final int MAX_WORDS = 40;

	/** Longest span of words tried as a service name in the graph. */
	private static final int MAX_NAME_WORDS = 6;

	private final QuestionVocabulary vocabulary;

	private final Function<String, String> lookup;

	/**
	 * @param vocabulary the words questions use
	 * @param lookup the id of the service a name not in the vocabulary names in the graph, or null
	 */
	QuestionParser(QuestionVocabulary vocabulary, Function<String, String> lookup) {
		this.vocabulary = vocabulary;
		this.lookup = lookup;
	}

	Parsed parse(String question) {
		List<Word> words = new ArrayList<>(QuestionWords.of(question));
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (List<String> courtesy : COURTESY) {
				if (startsWith(words, courtesy) && words.size() > courtesy.size()) {
					words.subList(0, courtesy.size()).clear();
					stripped = true;
				}
			}
		}
		if (!words.isEmpty() && words.get(words.size() - 1).norm().equals("please")) {
			words.remove(words.size() - 1);
		}
		if (words.isEmpty()) {
			return Parsed.problem("The question is empty.");
		}
		if (words.size() > MAX_WORDS) {
			return Parsed.problem("The question is longer than " + MAX_WORDS + " words; ask one thing at a time.");
		}
		return new Attempt(List.copyOf(words)).run();
	}

	private static boolean startsWith(List<Word> words, List<String> start) {
		if (words.size() < start.size()) {
			return false;
		}
		for (int i = 0; i < start.size(); i++) {
			if (!words.get(i).norm().equals(start.get(i))) {
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

	/** One question being read: its words, the best reason so far why it cannot be, and names looked up. */
	private final class Attempt {

		private static final int UNKNOWN_WORD = 0;

		private static final int UNKNOWN_SERVICE = 1;

		private static final int UNSUPPORTED = 2;

		private final List<Word> words;

		private final int n;

		private final Map<String, String> looked = new HashMap<>();

		private int problemRank = -1;

		private int problemAt = -1;

		private String problem;

		private boolean quiet;

		Attempt(List<Word> words) {
			this.words = words;
			this.n = words.size();
		}

		Parsed run() {
			List<java.util.function.Supplier<Interpretation>> readings = List.of(this::connect, this::compare, this::check,
					this::reverse, this::find, this::describe);
			for (var reading : readings) {
				Interpretation interpretation = reading.get();
				if (interpretation != null) {
					return new Parsed(interpretation, null);
				}
			}
			return Parsed.problem((problem != null) ? problem : "I could not read this as a question about services.");
		}

		// --- the shapes of question -------------------------------------------------------------

		private Interpretation connect() {
			for (String pattern : CONNECT) {
				List<String> ids = services(pattern, true);
				if (ids != null) {
					return new Interpretation.Connect(ids.get(0), ids.get(1), false);
				}
			}
			for (String pattern : CONNECTED_YES_NO) {
				List<String> ids = services(pattern, true);
				if (ids != null) {
					return new Interpretation.Connect(ids.get(0), ids.get(1), true);
				}
			}
			return null;
		}

		private Interpretation compare() {
			List<String> patterns = new ArrayList<>(COMPARE);
			if (words.stream().anyMatch(w -> vocabulary.comparisonWords.contains(w.norm()))) {
				patterns.add("*");
			}
			for (String pattern : patterns) {
				List<String> ids = services(pattern, true);
				if (ids != null) {
					return new Interpretation.Compare(ids);
				}
			}
			return null;
		}

		/** "Is Lambda serverless?", "Does Batch run on ECS?", "Is Lambda priced per request and fully managed?" */
		private Interpretation check() {
			if (!YES_NO.contains(words.get(0).norm())) {
				return null;
			}
			for (QuestionVocabulary.Named named : vocabulary.names(words, 1, n)) {
				List<Condition> conditions = conditions(named.end(), n);
				if (conditions != null) {
					return new Interpretation.Check(named.id(), conditions);
				}
			}
			for (int end = Math.min(n - 1, 1 + MAX_NAME_WORDS); end > 1; end--) {
				List<Condition> conditions = quietly(end, n);
				if (conditions != null) {
					String id = service(1, end, true);
					if (id != null) {
						return new Interpretation.Check(id, conditions);
					}
				}
			}
			return null;
		}

		/** "What does ECS run on?", "Which services does Batch launch?", "What is Lambda monitored by?" */
		private Interpretation reverse() {
			if (!LISTING.contains(words.get(0).norm())) {
				return null;
			}
			int aux = 1;
			while (aux < n && !Set.of("does", "do", "is", "are", "can").contains(words.get(aux).norm())
					&& FILLERS.contains(words.get(aux).norm())) {
				aux++;
			}
			if (aux >= n || !Set.of("does", "do", "is", "are", "can").contains(words.get(aux).norm())) {
				return null;
			}
			for (int start = aux + 2; start < n; start++) {
				Match verb = vocabulary.condition(words, start, n);
				if (verb != null && verb.phrase().kind() == Kind.RELATION && verb.end() == n) {
					String id = service(aux + 1, start, true);
					if (id != null) {
						return find(List.of(related(verb.phrase().key(), Direction.IN, id)));
					}
				}
			}
			return null;
		}

		/** "Which serverless options have no time limit?", "What runs on ECS?", "Serverless services?" */
		private Interpretation find() {
			int start = LISTING.contains(words.get(0).norm()) ? 1 : 0;
			List<Condition> conditions = conditions(start, n);
			return (conditions != null) ? find(conditions) : null;
		}

		private Interpretation describe() {
			quiet = true;
			try {
				for (String pattern : DESCRIBE) {
					List<String> ids = services(pattern, false);
					if (ids != null) {
						return new Interpretation.Describe(ids.get(0));
					}
				}
				return null;
			}
			finally {
				quiet = false;
			}
		}

		private Interpretation find(List<Condition> conditions) {
			return new Interpretation.Find(Wheres.all(conditions.stream().map(Condition::where).toList()),
					conditions.stream().flatMap(c -> c.named().stream()).distinct().toList());
		}

		// --- conditions ---------------------------------------------------------------------------

		private List<Condition> quietly(int from, int to) {
			boolean was = quiet;
			quiet = true;
			try {
				return conditions(from, to);
			}
			finally {
				quiet = was;
			}
		}

		/** Words {@code from} up to {@code to} as one or more conditions, or null. */
		private List<Condition> conditions(int from, int to) {
			List<Condition> conditions = conditions(from, to, false, new ArrayList<>());
			if (conditions != null && conditions.isEmpty()) {
				fail(UNKNOWN_WORD, to, "The question names nothing to look for: a relationship, trait, pricing model, "
						+ "serverless or a time limit.");
				return null;
			}
			return conditions;
		}

		private List<Condition> conditions(int position, int to, boolean negated, List<Condition> found) {
			if (position == to) {
				if (negated) {
					fail(UNKNOWN_WORD, position, "A negation (\"no\", \"not\", \"without\") at the end is not followed by "
							+ "anything to negate.");
					return null;
				}
				return found;
			}
			Match match = vocabulary.condition(words, position, to);
			if (match != null && match.phrase().kind() == Kind.RELATION) {
				return relation(match, to, negated, found);
			}
			if (match != null) {
				Condition condition = condition(match, negated);
				return (condition != null) ? conditions(match.end(), to, false, plus(found, condition)) : null;
			}
			Match negation = vocabulary.negation(words, position, to);
			if (negation != null) {
				return conditions(negation.end(), to, !negated, found);
			}
			String word = words.get(position).norm();
			if (word.equals("or")) {
				fail(UNSUPPORTED, position, "I can combine conditions with \"and\" but not with \"or\"; ask one at a time.");
				return null;
			}
			if (isFiller(word)) {
				return conditions(position + 1, to, negated, found);
			}
			fail(UNKNOWN_WORD, position, "I don't know what \"" + words.get(position).text() + "\" means in a question "
					+ "about services.");
			return null;
		}

		/** A relationship phrase and the service it points at: "runs on ECS". */
		private List<Condition> relation(Match verb, int to, boolean negated, List<Condition> found) {
			String type = verb.phrase().key();
			if (negated) {
				fail(UNSUPPORTED, verb.start(), "I can't answer which services do not have a relationship (\"not "
						+ QuestionVocabulary.words(type) + "\"): the graph records the relationships services have, not "
						+ "the ones they lack.");
				return null;
			}
			int start = verb.end();
			if (start == to) {
				fail(UNKNOWN_SERVICE, start, "\"" + QuestionWords.text(words.subList(verb.start(), verb.end()))
						+ "\" needs a service after it, e.g. \"what " + QuestionVocabulary.words(type) + " EC2?\".");
				return null;
			}
			for (QuestionVocabulary.Named named : vocabulary.names(words, start, to)) {
				List<Condition> rest = conditions(named.end(), to, false,
						plus(found, related(type, Direction.OUT, named.id())));
				if (rest != null) {
					return rest;
				}
			}
			for (int end = Math.min(to, start + MAX_NAME_WORDS); end > start; end--) {
				if (end == to || Set.of("and", "with", "that", "which", "who").contains(words.get(end).norm())) {
					List<Condition> rest = quietly(end, to);
					if (end == to || rest != null) {
						String id = service(start, end, true);
						if (id != null) {
							return conditions(end, to, false, plus(found, related(type, Direction.OUT, id)));
						}
					}
				}
			}
			return null;
		}

		private Condition related(String type, Direction direction, String id) {
			ServiceWhere where = Wheres.of("related", new ServiceWhere.RelatedWhere(type, direction, id));
			String description = (direction == Direction.OUT) ? "-" + type + "-> " + id : "<-" + type + "- " + id;
			return new Condition(where, null, description, List.of(id));
		}

		private Condition condition(Match match, boolean negated) {
			String key = match.phrase().key();
			return switch (match.phrase().kind()) {
				case SERVERLESS, NOT_SERVERLESS -> {
					boolean value = (match.phrase().kind() == Kind.SERVERLESS) != negated;
					yield new Condition(Wheres.of("serverless", value), Wheres.of("serverless", !value),
							value ? "is serverless" : "is not serverless", List.of());
				}
				case TIME_LIMIT, NO_TIME_LIMIT -> {
					boolean value = (match.phrase().kind() == Kind.TIME_LIMIT) != negated;
					yield new Condition(Wheres.of("hasTimeLimit", value), Wheres.of("hasTimeLimit", !value),
							value ? "has a time limit" : "has no time limit", List.of());
				}
				case TRAIT -> {
					String name = vocabulary.vocabulary.traits().get(key);
					yield new Condition(Wheres.of(negated ? "lacksTrait" : "trait", key),
							Wheres.of(negated ? "trait" : "lacksTrait", key),
							(negated ? "lacks the trait \"" : "has the trait \"") + name + "\"", List.of());
				}
				case PRICING -> {
					if (negated) {
						fail(UNSUPPORTED, match.start(), "I can't answer which services are not priced some way: ask "
								+ "which are priced per request, per duration, …");
						yield null;
					}
					List<ServiceWhere> others = vocabulary.vocabulary.pricingModels().keySet().stream()
						.filter(id -> !id.equals(key)).map(id -> Wheres.of("pricing", id)).toList();
					ServiceWhere opposite = others.isEmpty() ? null
							: Wheres.all(List.of(Wheres.of("NOT", Wheres.of("pricing", key)), Wheres.of("OR", others)));
					yield new Condition(Wheres.of("pricing", key), opposite,
							"is priced \"" + vocabulary.vocabulary.pricingModels().get(key) + "\"", List.of());
				}
				case CATEGORY -> {
					if (negated) {
						fail(UNSUPPORTED, match.start(), "I can't answer which services are not in a category; name the "
								+ "category you want.");
						yield null;
					}
					List<ServiceWhere> others = vocabulary.vocabulary.services().stream()
						.map(dev.cloudkg.facts.Vocabulary.KnownService::category)
						.filter(c -> c != null && !c.equalsIgnoreCase(key)).map(String::toLowerCase).distinct()
						.map(c -> Wheres.of("category", c)).toList();
					yield new Condition(Wheres.of("category", key), others.isEmpty() ? null : Wheres.of("OR", others),
							"is in the category \"" + key + "\"", List.of());
				}
				case RELATION -> throw new IllegalStateException("relations take a service: " + key);
			};
		}

		// --- service names ------------------------------------------------------------------------

		/** The services a pattern's slots name, when the words fit the pattern and every slot names one. */
		private List<String> services(String pattern, boolean report) {
			List<List<int[]>> matches = new ArrayList<>();
			match(pattern.split(" "), 0, 0, new ArrayList<>(), matches);
			String unknown = null;
			int unknownAt = -1;
			for (List<int[]> slots : matches) {
				List<String> ids = new ArrayList<>();
				for (int[] slot : slots) {
					if (slot[2] == 1) {
						List<String> list = list(slot[0], slot[1]);
						if (list == null) {
							ids = null;
							break;
						}
						ids.addAll(list);
					}
					else {
						String id = service(slot[0], slot[1], false);
						if (id == null) {
							if (unknown == null) {
								unknown = QuestionWords.text(words.subList(slot[0], slot[1]));
								unknownAt = slot[0];
							}
							ids = null;
							break;
						}
						ids.add(id);
					}
				}
				if (ids != null) {
					return ids;
				}
			}
			if (unknown != null && report) {
				fail(UNKNOWN_SERVICE, unknownAt, "I don't know a service called \"" + unknown + "\".");
			}
			return null;
		}

		/** Every way the words fit a pattern: "a|b" one of the words, "?a|b" optionally, "$" a service, "*" a list. */
		private void match(String[] parts, int part, int position, List<int[]> slots, List<List<int[]>> matches) {
			if (part == parts.length) {
				if (position == n) {
					matches.add(List.copyOf(slots));
				}
				return;
			}
			String p = parts[part];
			if (p.equals("$") || p.equals("*")) {
				for (int end = position + 1; end <= n; end++) {
					slots.add(new int[] { position, end, p.equals("*") ? 1 : 0 });
					match(parts, part + 1, end, slots, matches);
					slots.remove(slots.size() - 1);
				}
				return;
			}
			boolean optional = p.startsWith("?");
			Set<String> options = Set.of((optional ? p.substring(1) : p).split("\\|"));
			if (position < n && options.contains(words.get(position).norm())) {
				match(parts, part + 1, position + 1, slots, matches);
			}
			if (optional) {
				match(parts, part + 1, position, slots, matches);
			}
		}

		/** Two or more services: "Batch and Lambda", "Batch vs. Lambda vs. ECS", "AWS Batch, AWS Lambda". */
		private List<String> list(int from, int to) {
			Set<String> ids = new LinkedHashSet<>();
			int position = from;
			int count = 0;
			while (position < to) {
				while (position < to && isSeparator(position)) {
					position++;
				}
				if (position == to) {
					break;
				}
				String id = null;
				int end = position;
				for (QuestionVocabulary.Named named : vocabulary.names(words, position, to)) {
					if (named.end() == to || isSeparator(named.end())) {
						id = named.id();
						end = named.end();
						break;
					}
				}
				if (id == null) {
					end = position;
					while (end < to && !isSeparator(end)) {
						end++;
					}
					id = service(position, end, true);
					if (id == null) {
						return null;
					}
				}
				ids.add(id);
				count++;
				position = end;
			}
			return (count >= 2) ? List.copyOf(ids) : null;
		}

		private boolean isFiller(String word) {
			return FILLERS.contains(word) || vocabulary.prefixes.contains(word)
					|| word.length() >= 6 && FILLERS.stream().anyMatch(f -> Spelling.similar(word, f));
		}

		private boolean isSeparator(int position) {
			String word = words.get(position).norm();
			return SEPARATORS.contains(word) || vocabulary.comparisonWords.contains(word);
		}

		/** The service words {@code from} up to {@code to} name: a vocabulary name, else one in the graph. */
		private String service(int from, int to, boolean report) {
			for (QuestionVocabulary.Named named : vocabulary.names(words, from, to)) {
				if (named.end() == to) {
					return named.id();
				}
			}
			int first = from;
			while (first < to && Set.of("the", "a", "an").contains(words.get(first).norm())) {
				first++;
			}
			if (first == to || to - first > MAX_NAME_WORDS) {
				return null;
			}
			String text = QuestionWords.text(words.subList(first, to));
			String id = looked.computeIfAbsent(text.toLowerCase(java.util.Locale.ROOT), key -> {
				String found = lookup.apply(text);
				return (found != null) ? found : "";
			});
			if (id.isEmpty()) {
				if (report) {
					fail(UNKNOWN_SERVICE, from, "I don't know a service called \"" + text + "\".");
				}
				return null;
			}
			return id;
		}

		// --- bookkeeping --------------------------------------------------------------------------

		/** Keeps the most telling reason: an unsupported construct, then an unknown service, then the furthest word. */
		private void fail(int rank, int position, String message) {
			if (quiet) {
				return;
			}
			if (rank > problemRank || rank == problemRank && position > problemAt) {
				problemRank = rank;
				problemAt = position;
				problem = message;
			}
		}

		private static <T> List<T> plus(List<T> list, T item) {
			List<T> result = new ArrayList<>(list);
			result.add(item);
			return result;
		}

	}

	/** What the parser can answer, with examples in the vocabulary's own words. */
	String help() {
		String relations = vocabulary.vocabulary.relations().keySet().stream().map(QuestionVocabulary::words)
			.collect(Collectors.joining(", "));
		String traits = String.join(", ", vocabulary.vocabulary.traits().values());
		String pricing = String.join(", ", vocabulary.vocabulary.pricingModels().values());
		return "I answer questions about the services in the graph, for example: \"which serverless options have no "
				+ "time limit?\", \"what runs on ECS?\", \"what is an alternative to EC2?\", \"which services are priced "
				+ "per request?\", \"which services have auto-scaling?\", \"is Lambda serverless?\", \"compare Batch and "
				+ "Lambda\", \"how is ECR connected to EC2?\". Relationships: " + relations + ". Traits: " + traits
				+ ". Pricing: " + pricing + ".";
	}

}
