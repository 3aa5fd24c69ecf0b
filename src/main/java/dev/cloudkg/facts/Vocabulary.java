package dev.cloudkg.facts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Node;

/**
 * The words of the graph, from {@code graph-seed/vocabulary.yaml}: relationship types, pricing models
 * and traits, each with a description or display name. Users extend the file; no word lives in code.
 *
 * @param relations relationship type to description, in file order
 * @param pricingModels pricing model id to name
 * @param traits trait id to name
 */
public record Vocabulary(Map<String, String> relations, Map<String, String> pricingModels, Map<String, String> traits) {

	private static final Pattern RELATION_TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

	public static Vocabulary parse(String file, String text) {
		YamlTree yaml = new YamlTree(file);
		Map<String, Node> root = yaml.map(yaml.parse(text), "the vocabulary");
		Map<String, String> relations = section(yaml, root, "relations", RELATION_TYPE,
				"an UPPER_SNAKE relationship type such as RUNS_ON");
		if (relations.isEmpty()) {
			throw yaml.fail(1, "the vocabulary needs at least one relationship type under 'relations'");
		}
		return new Vocabulary(relations, section(yaml, root, "pricingModels", ID, "a lowercase id such as pay-per-request"),
				section(yaml, root, "traits", ID, "a lowercase id such as auto-scaling"));
	}

	private static Map<String, String> section(YamlTree yaml, Map<String, Node> root, String name, Pattern keyPattern,
			String expected) {
		Map<String, String> result = new LinkedHashMap<>();
		Node node = root.get(name);
		if (node == null) {
			return result;
		}
		for (Map.Entry<String, Node> entry : yaml.map(node, name).entrySet()) {
			if (!keyPattern.matcher(entry.getKey()).matches()) {
				throw yaml.fail(YamlTree.line(entry.getValue()),
						"'" + entry.getKey() + "' under " + name + " is not " + expected);
			}
			result.put(entry.getKey(), yaml.scalar(entry.getValue(), name + "." + entry.getKey()));
		}
		return result;
	}

	public boolean isRelation(String type) {
		return relations.containsKey(type);
	}

}
