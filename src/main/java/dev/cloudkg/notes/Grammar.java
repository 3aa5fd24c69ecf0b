package dev.cloudkg.notes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cloudkg.language.Words;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The English the extractor reads sentences with: fillers, clause breaks, pronouns, arrows, and the names
 * that are ideas rather than products. Read once from {@code grammar.yaml} beside this class.
 */
final class Grammar {

	/** The relationship type of a fact no vocabulary phrase types. */
	static final String RELATED_TO = "RELATED_TO";

	private static final Grammar DEFAULT = load();

	final Set<String> fillers;

	final Set<String> clauseBreaks;

	final Set<String> conjunctions;

	final Set<String> pronouns;

	final Set<String> articles;

	final Set<String> copulas;

	final Set<String> listWords;

	final Set<String> notVerbs;

	final Set<String> owners;

	final Set<String> negations;

	final Set<String> participles;

	final Set<String> determiners;

	final Set<String> relatives;

	final Set<String> quantifiers;

	final Set<String> negativeQuantifiers;

	final Set<String> places;

	final Set<String> remarks;

	final List<String> arrows;

	private final Set<String> concepts;

	private final Set<String> conceptHeads;

	private Grammar(Map<String, List<String>> lists) {
		fillers = words(lists, "fillers");
		clauseBreaks = words(lists, "clauseBreaks");
		conjunctions = words(lists, "conjunctions");
		pronouns = words(lists, "pronouns");
		articles = words(lists, "articles");
		copulas = words(lists, "copulas");
		listWords = words(lists, "listWords");
		notVerbs = words(lists, "notVerbs");
		owners = words(lists, "owners");
		negations = words(lists, "negations");
		participles = words(lists, "participles");
		determiners = words(lists, "determiners");
		relatives = words(lists, "relatives");
		quantifiers = words(lists, "quantifiers");
		negativeQuantifiers = words(lists, "negativeQuantifiers");
		places = words(lists, "places");
		remarks = words(lists, "remarks");
		arrows = List.copyOf(lists.getOrDefault("arrows", List.of()));
		concepts = phrases(lists, "concepts");
		conceptHeads = words(lists, "conceptHeads");
	}

	static Grammar defaults() {
		return DEFAULT;
	}

	/** Whether a name is an idea, not a product: a listed concept, or a name ending in a concept word. */
	boolean isConcept(Words name) {
		if (name.isEmpty()) {
			return false;
		}
		if (concepts.contains(normal(name))) {
			return true;
		}
		String last = name.get(name.size() - 1).norm();
		return conceptHeads.contains(last) && !name.get(name.size() - 1).nameLike();
	}

	private static String normal(Words words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			text.append(i > 0 ? " " : "").append(words.get(i).norm());
		}
		return text.toString();
	}

	private static Set<String> words(Map<String, List<String>> lists, String key) {
		Set<String> words = new LinkedHashSet<>();
		for (String entry : lists.getOrDefault(key, List.of())) {
			Words split = Words.of(entry);
			for (int i = 0; i < split.size(); i++) {
				words.add(split.get(i).norm());
			}
		}
		return Set.copyOf(words);
	}

	private static Set<String> phrases(Map<String, List<String>> lists, String key) {
		Set<String> phrases = new LinkedHashSet<>();
		for (String entry : lists.getOrDefault(key, List.of())) {
			phrases.add(normal(Words.of(entry)));
		}
		return Set.copyOf(phrases);
	}

	@SuppressWarnings("unchecked")
	private static Grammar load() {
		try (InputStream in = Grammar.class.getResourceAsStream("grammar.yaml")) {
			if (in == null) {
				throw new IllegalStateException("grammar.yaml is missing beside " + Grammar.class.getName());
			}
			Map<String, Object> loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
			loaded.forEach((key, value) -> lists.put(key, ((List<Object>) value).stream().map(word -> {
				if (!(word instanceof String text)) {
					// YAML reads a bare no, on, yes as a boolean: such a word must be quoted
					throw new IllegalStateException(
							"grammar.yaml: " + key + " holds " + word + ", not a word; quote it");
				}
				return text;
			}).toList()));
			return new Grammar(lists);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
