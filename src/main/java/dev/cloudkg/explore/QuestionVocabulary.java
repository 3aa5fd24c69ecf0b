package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.language.Spelling;
import dev.cloudkg.language.Words.Word;

/**
 * The vocabulary's words as questions use them. Every relation, pricing model, trait, serverless and
 * time-limit phrase of {@code vocabulary.yaml} is a condition a question can ask for, and so is each
 * relationship type's name in words ({@code CACHES} is "caches"), each pricing model's and trait's name
 * and id, and each service category. Verbs get their other form ("runs on" also reads "run on", "caches"
 * also "cache"), and a pricing phrase its other verbs ("pay per request" also reads "priced per request",
 * "charged per request", "billed per request"). A type, trait or pricing model added to the vocabulary is
 * askable at once.
 */
final class QuestionVocabulary {

	/** What a condition phrase asks for. */
	enum Kind {

		RELATION, INVERSE, PRICING, TRAIT, SERVERLESS, NOT_SERVERLESS, NO_TIME_LIMIT, TIME_LIMIT, CATEGORY

	}

	private static final int MAX_GAP = 2;

	final Vocabulary vocabulary;

	final QuestionGrammar grammar;

	/** Every condition phrase, longest first. */
	final List<Phrase> conditions;

	final List<Phrase> negations;

	final Set<String> comparisonWords;

	final Set<String> prefixes;

	/** Every name of every known service, longest first. */
	final List<Name> names;

	QuestionVocabulary(Vocabulary vocabulary) {
		this(vocabulary, QuestionGrammar.get());
	}

	QuestionVocabulary(Vocabulary vocabulary, QuestionGrammar grammar) {
		this.vocabulary = vocabulary;
		this.grammar = grammar;
		VerbForms verbs = new VerbForms(grammar);
		Vocabulary.Phrases phrases = vocabulary.phrases();
		List<Phrase> all = new ArrayList<>();
		vocabulary.relations().keySet().forEach(type -> {
			Set<String> sources = new LinkedHashSet<>(phrases.relations().getOrDefault(type, List.of()));
			sources.add(words(type));
			Set<List<String>> forward = new LinkedHashSet<>();
			sources.forEach(source -> forward.addAll(verbs.inflected(dev.cloudkg.language.Phrase.parts(source))));
			forward.forEach(parts -> all.add(new Phrase(Kind.RELATION, type, parts)));
			if (!grammar.symmetric(type)) {
				// a form that is also a forward phrase of the type ("replaces", "replaced by") reads forward
				forward.stream().flatMap(parts -> verbs.inverse(parts).stream()).distinct()
						.filter(f -> !forward.contains(f))
						.forEach(parts -> all.add(new Phrase(Kind.INVERSE, type, parts)));
			}
		});
		vocabulary.pricingModels().forEach((id, name) -> {
			Set<String> sources = new LinkedHashSet<>(phrases.pricing().getOrDefault(id, List.of()));
			sources.add(name);
			sources.add(id);
			sources.forEach(source -> priced(QuestionWords.norms(source))
					.forEach(parts -> all.add(new Phrase(Kind.PRICING, id, parts))));
		});
		vocabulary.traits().forEach((id, name) -> {
			Set<String> sources = new LinkedHashSet<>(phrases.traits().getOrDefault(id, List.of()));
			sources.add(name);
			sources.add(id);
			sources.forEach(source -> all.add(new Phrase(Kind.TRAIT, id, QuestionWords.norms(source))));
		});
		add(all, Kind.SERVERLESS, "serverless", phrases.serverless());
		add(all, Kind.NOT_SERVERLESS, "serverless", phrases.notServerless());
		add(all, Kind.NO_TIME_LIMIT, "time-limit", phrases.noTimeLimit());
		add(all, Kind.TIME_LIMIT, "time-limit", phrases.timeLimit());
		vocabulary.services().stream().map(Vocabulary.KnownService::category).filter(c -> c != null).distinct()
				.forEach(c -> {
					for (List<String> form : verbs.inflected(dev.cloudkg.language.Phrase.parts(c))) {
						for (String shape : List.of("%s", "%s category", "in %s", "in the %s category", "in the %s")) {
							all.add(new Phrase(Kind.CATEGORY, c.toLowerCase(Locale.ROOT),
									QuestionWords.norms(shape.formatted(String.join(" ", form)))));
						}
					}
				});
		all.removeIf(p -> p.weight() == 0);
		all.sort(Comparator.comparingInt(Phrase::weight).reversed());
		this.conditions = List.copyOf(all);
		// "lacks" is also "lack" and "lacking"; "not" has no other form
		this.negations = phrases.negations().stream().map(dev.cloudkg.language.Phrase::parts)
				.flatMap(parts -> (parts.size() == 1 && parts.get(0).endsWith("s"))
						? verbs.inflected(parts).stream()
						: java.util.stream.Stream.of(parts))
				.distinct().map(parts -> new Phrase(null, "not", parts)).toList();
		this.comparisonWords = Set
				.copyOf(phrases.comparisonWords().stream().flatMap(w -> QuestionWords.norms(w).stream()).toList());
		this.prefixes = Set.copyOf(phrases.namePrefixes().stream().map(p -> p.toLowerCase(Locale.ROOT)).toList());
		List<Name> names = new ArrayList<>();
		Set<List<String>> seen = new java.util.HashSet<>();
		for (Vocabulary.KnownService service : vocabulary.services()) {
			List<String> keys = new ArrayList<>(service.names());
			keys.add(service.id().replace('-', ' '));
			for (String name : keys) {
				List<String> words = new ArrayList<>(QuestionWords.norms(name));
				while (!words.isEmpty() && prefixes.contains(words.get(0))) {
					words.remove(0);
				}
				// the cloud catalogue brings thousands of names: a set, not a scan of the list, finds the seen ones
				if (!words.isEmpty() && seen.add(List.copyOf(words))) {
					names.add(new Name(service.id(), List.copyOf(words)));
				}
			}
		}
		names.sort(Comparator.comparingInt((Name n) -> n.words().size()).reversed());
		this.names = List.copyOf(names);
	}

	/** The relationship type in words: {@code STORES_IMAGES_FOR} is "stores images for". */
	static String words(String type) {
		return type.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/** The longest condition phrase starting at word {@code start} and ending by {@code limit}, or null. */
	Match condition(List<Word> words, int start, int limit) {
		return longest(conditions, words, start, limit);
	}

	/** The negation ("no", "not", "without", "does not have") starting at word {@code start}, or null. */
	Match negation(List<Word> words, int start, int limit) {
		return longest(negations, words, start, limit);
	}

	/**
	 * The known services named exactly by words {@code start} up to some end at most {@code limit}, longest
	 * first: "AWS", "the" in front and "service" behind are allowed; long words may carry one slip.
	 */
	List<Named> names(List<Word> words, int start, int limit) {
		int first = start;
		while (first < limit && (prefixes.contains(words.get(first).norm())
				|| grammar.articles().contains(words.get(first).norm()))) {
			first++;
		}
		List<Named> found = new ArrayList<>();
		for (Name name : names) {
			int end = first + name.words().size();
			if (end > limit || found.stream().anyMatch(f -> f.id().equals(name.id()) && f.end() >= end)) {
				continue;
			}
			boolean all = true;
			for (int i = 0; i < name.words().size() && all; i++) {
				all = Spelling.similar(words.get(first + i).norm(), name.words().get(i));
			}
			if (all) {
				if (end < limit && grammar.nameTails().contains(words.get(end).norm())) {
					found.add(new Named(name.id(), end + 1));
				}
				found.add(new Named(name.id(), end));
			}
		}
		found.sort(Comparator.comparingInt(Named::end).reversed());
		return found;
	}

	private static Match longest(List<Phrase> phrases, List<Word> words, int start, int limit) {
		Match best = null;
		for (Phrase phrase : phrases) {
			if (best != null && phrase.weight() < best.phrase().weight()) {
				break;
			}
			int end = phrase.matchAt(words, start, limit);
			if (end > start && (best == null || end < best.end())) {
				best = new Match(phrase, start, end);
			}
		}
		return best;
	}

	private static void add(List<Phrase> all, Kind kind, String key, List<String> sources) {
		sources.forEach(s -> all.add(new Phrase(kind, key, dev.cloudkg.language.Phrase.parts(s))));
	}

	/** A pricing phrase with each of the usual verbs: "pay per request", "priced per request", … */
	private List<List<String>> priced(List<String> words) {
		List<List<String>> forms = new ArrayList<>();
		forms.add(words);
		if (words.size() > 1 && grammar.pricingVerbs().contains(words.get(0))) {
			List<String> core = words.subList(1, words.size());
			for (String verb : grammar.pricingForms()) {
				List<String> form = new ArrayList<>();
				form.add(verb);
				form.addAll(core);
				forms.add(form);
			}
			List<String> noun = new ArrayList<>(core);
			noun.add("pricing");
			forms.add(noun);
		}
		return forms;
	}

	/**
	 * A phrase as words ({@link dev.cloudkg.language.Phrase}, matched as notes match theirs), a gap standing for up
	 * to {@value #MAX_GAP} other words in a question.
	 *
	 * @param kind what it asks for; null for a negation
	 * @param words its words and gaps; the key is a relation type, pricing model id, trait id or category
	 */
	record Phrase(Kind kind, dev.cloudkg.language.Phrase words) {

		Phrase(Kind kind, String key, List<String> parts) {
			this(kind, new dev.cloudkg.language.Phrase(key, source(parts),
					java.util.Collections.unmodifiableList(new ArrayList<>(parts)), MAX_GAP));
		}

		/** The words again, "…" for each gap. */
		private static String source(List<String> parts) {
			return String.join(" ", parts.stream().map(p -> (p != null) ? p : "\u2026").toList());
		}

		String key() {
			return words.key();
		}

		List<String> parts() {
			return words.parts();
		}

		int weight() {
			return words.weight();
		}

		int matchAt(List<Word> text, int start, int limit) {
			return words.matchAt(text, start, limit);
		}

	}

	/** A phrase found at words {@code start} up to {@code end}. */
	record Match(Phrase phrase, int start, int end) {
	}

	/** One name of a known service, as words without "AWS"/"Amazon" in front. */
	record Name(String id, List<String> words) {
	}

	/** A service named by the words up to {@code end}. */
	record Named(String id, int end) {
	}

}
