package dev.cloudkg.facts;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads YAML as a tree of nodes that remember their line, so every complaint about a file can name
 * the line it is about.
 */
final class YamlTree {

	private final String file;

	YamlTree(String file) {
		this.file = file;
	}

	String file() {
		return file;
	}

	Node parse(String text) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(20);
		try {
			Node root = new Yaml(options).compose(new StringReader(text));
			if (root == null) {
				throw fail(1, "the file is empty; expected a YAML mapping");
			}
			return root;
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 1;
			throw fail(line, "not valid YAML: " + ex.getProblem());
		}
		catch (YAMLException ex) {
			throw fail(1, "not valid YAML: " + ex.getMessage());
		}
	}

	static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

	Map<String, Node> map(Node node, String what) {
		if (!(node instanceof MappingNode mapping)) {
			throw fail(line(node), "expected a mapping (key: value lines) for " + what);
		}
		Map<String, Node> result = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			result.put(scalar(tuple.getKeyNode(), "a key of " + what), tuple.getValueNode());
		}
		return result;
	}

	List<Node> list(Node node, String what) {
		if (!(node instanceof SequenceNode sequence)) {
			throw fail(line(node), "expected a list for " + what);
		}
		return sequence.getValue();
	}

	String scalar(Node node, String what) {
		if (!(node instanceof ScalarNode scalar)) {
			throw fail(line(node), "expected a single value for " + what);
		}
		return scalar.getValue().strip();
	}

	boolean bool(Node node, String what) {
		String value = scalar(node, what);
		return switch (value.toLowerCase()) {
			case "true", "yes" -> true;
			case "false", "no" -> false;
			default -> throw fail(line(node), "expected true or false for " + what + ", found '" + value + "'");
		};
	}

	static boolean isScalar(Node node) {
		return node instanceof ScalarNode;
	}

	FactsFormatException fail(int line, String message) {
		return new FactsFormatException(file, line, message);
	}

}
