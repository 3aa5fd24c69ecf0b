package dev.cloudkg.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The words of English questions are read with, from {@code question-grammar.yaml} beside this class: question
 * words, fillers, openings, verb forms and the shapes of question, each shape compiled once. The vocabulary holds
 * the words of the domain; a word of English lives here, not in code.
 */
record QuestionGrammar(Set<String> fillers, Set<String> listing, Set<String> yesNo, Set<String> auxiliaries,
		Set<String> separators, List<List<String>> courtesy, Set<String> everything, List<List<String>> count,
		List<QuestionPattern> useLeads, List<QuestionPattern> placeLeads, List<String> placeWords,
		Set<String> agentWords,
		Map<String, String> participles, Map<String, String> inverseEndings, List<String> symmetricEndings,
		List<QuestionPattern> connect, List<QuestionPattern> connectedYesNo, List<QuestionPattern> compare,
		List<QuestionPattern> describe, List<QuestionPattern> check, List<QuestionPattern> valueShapes,
		Map<String, ValueKind> values, Set<String> articles, Set<String> pricingVerbs, List<String> pricingForms,
		Set<String> clauseWords, Set<String> nameTails, List<String> subjectEndings, List<QuestionPattern> valueYesNo,
		Set<String> objectLeads) {

	/**
	 * One kind of value a question can ask of a service.
	 *
	 * @param nouns the words that name it ("time limit", "timeout"), for the {@code @} of a shape
	 * @param shapes the questions of its own ("how long can $ run")
	 */
	record ValueKind(List<List<String>> nouns, List<QuestionPattern> shapes) {
	}

	private static final QuestionGrammar GRAMMAR = load();

	/** The grammar of {@code question-grammar.yaml}, read once. */
	static QuestionGrammar get() {
		return GRAMMAR;
	}

	/** Whether a relationship type is read both ways: {@code INTEGRATES_WITH}. */
	boolean symmetric(String type) {
		return symmetricEndings.stream().anyMatch(e -> type.endsWith("_" + e) || type.equals(e));
	}

	@SuppressWarnings("unchecked")
	private static QuestionGrammar load() {
		try (InputStream in = QuestionGrammar.class.getResourceAsStream("question-grammar.yaml")) {
			if (in == null) {
				throw new IllegalStateException(
						"question-grammar.yaml is missing beside " + QuestionGrammar.class.getName());
			}
			Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			Map<String, ValueKind> values = new LinkedHashMap<>();
			Map<String, List<List<String>>> nouns = new LinkedHashMap<>();
			((Map<String, Object>) yaml.get("values")).forEach((key, value) -> {
				Map<String, Object> kind = (Map<String, Object>) value;
				nouns.put(key, phrases(kind, "nouns"));
			});
			((Map<String, Object>) yaml.get("values")).forEach((key, value) -> values.put(key,
					new ValueKind(nouns.get(key), patterns((Map<String, Object>) value, "shapes", nouns))));
			return new QuestionGrammar(words(yaml, "fillers"), words(yaml, "listing"), words(yaml, "yesNo"),
					words(yaml, "auxiliaries"), words(yaml, "separators"), phrases(yaml, "courtesy"),
					words(yaml, "everything"), phrases(yaml, "count"), patterns(yaml, "useLeads", nouns),
					patterns(yaml, "placeLeads", nouns), strings(yaml, "placeWords"), words(yaml, "agentWords"),
					map(yaml, "participles"), map(yaml, "inverseEndings"),
					strings(yaml, "symmetricEndings").stream().map(s -> s.toUpperCase(Locale.ROOT)).toList(),
					patterns(yaml, "connect", nouns), patterns(yaml, "connectedYesNo", nouns),
					patterns(yaml, "compare", nouns),
					patterns(yaml, "describe", nouns), patterns(yaml, "check", nouns),
					patterns(yaml, "valueShapes", nouns),
					values, words(yaml, "articles"), words(yaml, "pricingVerbs"), strings(yaml, "pricingForms"),
					words(yaml, "clauseWords"), words(yaml, "nameTails"), strings(yaml, "subjectEndings"),
					patterns(yaml, "valueYesNo", nouns), words(yaml, "objectLeads"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Map<String, Object> yaml, String key) {
		Object value = yaml.get(key);
		if (!(value instanceof List<?> list)) {
			throw new IllegalStateException("question-grammar.yaml: " + key + " must be a list");
		}
		List<String> result = new ArrayList<>();
		for (Object item : list) {
			if (!(item instanceof String text)) {
				// YAML reads a bare no, on, yes as a boolean: such a word must be quoted
				throw new IllegalStateException(
						"question-grammar.yaml: " + key + " holds " + item + ", not a word; quote it");
			}
			result.add(text);
		}
		return List.copyOf(result);
	}

	private static Set<String> words(Map<String, Object> yaml, String key) {
		return Set.copyOf(strings(yaml, key).stream().flatMap(s -> QuestionWords.norms(s).stream()).toList());
	}

	private static List<List<String>> phrases(Map<String, Object> yaml, String key) {
		List<List<String>> phrases = new ArrayList<>(strings(yaml, key).stream().map(QuestionWords::norms).toList());
		// longest first: "can you tell me" before "tell me"
		phrases.sort((a, b) -> b.size() - a.size());
		return List.copyOf(phrases);
	}

	private static List<QuestionPattern> patterns(Map<String, Object> yaml, String key,
			Map<String, List<List<String>>> nouns) {
		return strings(yaml, key).stream().map(p -> QuestionPattern.compile(p, nouns)).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> map(Map<String, Object> yaml, String key) {
		Map<String, String> result = new LinkedHashMap<>();
		((Map<Object, Object>) yaml.get(key)).forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v)));
		return Map.copyOf(result);
	}

}
