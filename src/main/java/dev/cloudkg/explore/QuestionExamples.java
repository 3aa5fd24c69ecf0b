package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.language.Words;

/**
 * What to tell someone whose question could not be read: three example questions made from the vocabulary (a
 * relationship asked both ways, with the services its description names, and a trait), each checked to read, and
 * the words the vocabulary offers. A vocabulary of other words gets examples in its own words.
 */
final class QuestionExamples {

	private final Vocabulary vocabulary;

	private final QuestionParser parser;

	private String help;

	QuestionExamples(Vocabulary vocabulary, QuestionParser parser) {
		this.vocabulary = vocabulary;
		this.parser = parser;
	}

	synchronized String help() {
		if (help == null) {
			List<String> examples = examples().stream().filter(q -> parser.parse(q).interpretation() != null).limit(3)
					.toList();
			String relations = vocabulary.relations().keySet().stream().map(QuestionVocabulary::words)
					.collect(Collectors.joining(", "));
			help = "I answer questions about the services in the graph, for example: "
					+ examples.stream().map(q -> "\"" + q + "\"").collect(Collectors.joining(", "))
					+ ". Relationships: " + relations + ". Traits: " + String.join(", ", vocabulary.traits().values())
					+ ". Pricing: " + String.join(", ", vocabulary.pricingModels().values())
					+ ". Ask about one service too: its time limit, pricing, category, provider or traits.";
		}
		return help;
	}

	/** Candidates, best first: the first relationship whose description names two services, then a trait. */
	private List<String> examples() {
		List<String> examples = new ArrayList<>();
		for (Map.Entry<String, String> relation : vocabulary.relations().entrySet()) {
			List<String> named = named(relation.getValue());
			if (named.size() >= 2) {
				String verb = QuestionVocabulary.words(relation.getKey());
				examples.add("what " + verb + " " + named.get(named.size() - 1) + "?");
				examples.add("what does " + named.get(0) + " " + base(verb) + "?");
				examples.add("what is the time limit of " + named.get(0) + "?");
				break;
			}
		}
		vocabulary.traits().values().stream().findFirst()
				.ifPresent(trait -> examples.add(Math.min(2, examples.size()),
						"which services have " + trait.toLowerCase(java.util.Locale.ROOT) + "?"));
		examples.add("which serverless services have no time limit?");
		examples.add("list all services");
		return examples;
	}

	/** The services a description names in its example, "(Batch runs on ECS)", by their names as written. */
	private List<String> named(String description) {
		int open = description.lastIndexOf('(');
		int close = description.lastIndexOf(')');
		if (open < 0 || close < open) {
			return List.of();
		}
		Words words = Words.of(description.substring(open + 1, close));
		List<String> names = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			for (int end = Math.min(words.size(), i + 3); end > i; end--) {
				String name = words.span(i, end);
				if (Character.isUpperCase(name.charAt(0)) && vocabulary.service(name).isPresent()) {
					names.add(name);
					i = end - 1;
					break;
				}
			}
		}
		return names;
	}

	/** "runs on" as it follows "does": "run on". */
	private static String base(String verb) {
		int space = verb.indexOf(' ');
		String first = (space < 0) ? verb : verb.substring(0, space);
		String rest = (space < 0) ? "" : verb.substring(space);
		if (first.endsWith("es") && (first.endsWith("ches") || first.endsWith("shes") || first.endsWith("sses"))) {
			return first.substring(0, first.length() - 2) + rest;
		}
		return (first.endsWith("s") && !first.endsWith("ss")) ? first.substring(0, first.length() - 1) + rest : verb;
	}

}
