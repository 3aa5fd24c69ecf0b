package dev.cloudkg.facts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a curated facts file ({@code graph-seed/facts/*.yaml}, format in {@code graph-seed/README.md})
 * into the statements it makes. Every fact must name a source; anything unexpected is an error naming
 * the file and line.
 */
public final class FactsFileReader {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

	private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

	private static final Set<String> KINDS = Set.of("service", "technology", "component", "concept");

	private static final Set<String> SERVICE_KEYS = Set.of("id", "name", "fullName", "aliases", "kind", "category",
			"provider", "summary", "description", "source", "serverless", "timeLimit", "pricing", "traits", "relations");

	private final Vocabulary vocabulary;

	public FactsFileReader(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/**
	 * @param path the file's path as shown in errors and sources, e.g. {@code facts/aws-compute.yaml}
	 * @param text its content
	 */
	public SourceDocument read(String path, String text) {
		YamlTree yaml = new YamlTree(path);
		Map<String, Node> root = yaml.map(yaml.parse(text), "the facts file");
		for (Map.Entry<String, Node> entry : root.entrySet()) {
			if (!Set.of("title", "sources", "services").contains(entry.getKey())) {
				throw yaml.fail(YamlTree.line(entry.getValue()),
						"unknown section '" + entry.getKey() + "'; expected title, sources or services");
			}
		}
		String name = path.replaceAll(".*/", "").replaceAll("\\.ya?ml$", "");
		String id = "facts/" + name;
		String title = root.containsKey("title") ? yaml.scalar(root.get("title"), "title") : name;
		Map<String, String> sources = sources(yaml, root.get("sources"));
		if (!root.containsKey("services")) {
			throw yaml.fail(1, "no 'services' list: a facts file states facts about services");
		}
		List<Statement> statements = new ArrayList<>();
		Map<String, Integer> declared = new LinkedHashMap<>();
		for (Node item : yaml.list(root.get("services"), "services")) {
			new ServiceReader(yaml, sources, statements).read(item, declared);
		}
		return new SourceDocument(id, title, "facts", path, text, hash(text), List.copyOf(statements));
	}

	private String hash(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(text.getBytes(StandardCharsets.UTF_8));
			// the vocabulary's words are part of what a file means (e.g. trait names): a change re-derives
			digest.update(vocabulary.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> sources(YamlTree yaml, Node node) {
		Map<String, String> sources = new LinkedHashMap<>();
		if (node == null) {
			return sources;
		}
		for (Map.Entry<String, Node> entry : yaml.map(node, "sources").entrySet()) {
			String key = entry.getKey();
			if (YamlTree.isScalar(entry.getValue())) {
				sources.put(key, yaml.scalar(entry.getValue(), "source " + key));
				continue;
			}
			Map<String, Node> source = yaml.map(entry.getValue(), "source " + key);
			String title = source.containsKey("title") ? yaml.scalar(source.get("title"), "source " + key + ".title") : key;
			String url = source.containsKey("url") ? yaml.scalar(source.get("url"), "source " + key + ".url") : null;
			sources.put(key, (url != null) ? title + " — " + url : title);
		}
		return sources;
	}

	/** Reads one entry of {@code services}. */
	private final class ServiceReader {

		private final YamlTree yaml;

		private final Map<String, String> sources;

		private final List<Statement> statements;

		private String id;

		private String defaultSource;

		ServiceReader(YamlTree yaml, Map<String, String> sources, List<Statement> statements) {
			this.yaml = yaml;
			this.sources = sources;
			this.statements = statements;
		}

		void read(Node item, Map<String, Integer> declared) {
			Map<String, Node> fields = yaml.map(item, "a service");
			for (Map.Entry<String, Node> field : fields.entrySet()) {
				if (!SERVICE_KEYS.contains(field.getKey())) {
					throw yaml.fail(YamlTree.line(field.getValue()), "unknown field '" + field.getKey()
							+ "' of a service; expected one of " + String.join(", ", SERVICE_KEYS.stream().sorted().toList()));
				}
			}
			if (!fields.containsKey("id")) {
				throw yaml.fail(YamlTree.line(item), "a service without an id; expected e.g. 'id: lambda'");
			}
			id = yaml.scalar(fields.get("id"), "id");
			if (!ID.matcher(id).matches()) {
				throw yaml.fail(YamlTree.line(fields.get("id")),
						"id '" + id + "' is not a lowercase slug such as 'api-gateway'");
			}
			Integer previous = declared.putIfAbsent(id, YamlTree.line(item));
			if (previous != null) {
				throw yaml.fail(YamlTree.line(item), "service '" + id + "' is already declared on line " + previous);
			}
			if (fields.containsKey("source")) {
				defaultSource = yaml.scalar(fields.get("source"), "source of " + id);
				citation(defaultSource, fields.get("source"));
			}
			exists(fields, item);
			if (fields.containsKey("serverless")) {
				Fact fact = fact(fields.get("serverless"), "serverless");
				statements.add(statement("serverless", "serverless",
						Map.of("value", yaml.bool(fact.value(), "serverless of " + id)), fact));
			}
			if (fields.containsKey("timeLimit")) {
				timeLimit(fields.get("timeLimit"));
			}
			if (fields.containsKey("pricing")) {
				for (Node entry : yaml.list(fields.get("pricing"), "pricing of " + id)) {
					Fact fact = fact(entry, "pricing");
					String model = yaml.scalar(fact.value(), "a pricing model of " + id);
					if (!vocabulary.pricingModels().containsKey(model)) {
						throw yaml.fail(YamlTree.line(entry), "unknown pricing model '" + model + "'; the vocabulary has "
								+ String.join(", ", vocabulary.pricingModels().keySet()));
					}
					statements.add(statement("pricing", "pricing:" + model,
							Map.of("target", model, "name", vocabulary.pricingModels().get(model)), fact));
				}
			}
			if (fields.containsKey("traits")) {
				for (Map.Entry<String, Node> entry : yaml.map(fields.get("traits"), "traits of " + id).entrySet()) {
					String trait = entry.getKey();
					if (!vocabulary.traits().containsKey(trait)) {
						throw yaml.fail(YamlTree.line(entry.getValue()), "unknown trait '" + trait
								+ "'; the vocabulary has " + String.join(", ", vocabulary.traits().keySet()));
					}
					Fact fact = fact(entry.getValue(), "trait " + trait);
					statements.add(statement("trait", "trait:" + trait, Map.of("target", trait, "name",
							vocabulary.traits().get(trait), "value", yaml.bool(fact.value(), "trait " + trait + " of " + id)),
							fact));
				}
			}
			if (fields.containsKey("relations")) {
				relations(fields.get("relations"));
			}
		}

		private void exists(Map<String, Node> fields, Node item) {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("name", fields.containsKey("name") ? yaml.scalar(fields.get("name"), "name of " + id) : id);
			for (String key : List.of("fullName", "category", "summary", "description")) {
				if (fields.containsKey(key)) {
					values.put(key, yaml.scalar(fields.get(key), key + " of " + id));
				}
			}
			if (fields.containsKey("kind")) {
				String kind = yaml.scalar(fields.get("kind"), "kind of " + id);
				if (!KINDS.contains(kind)) {
					throw yaml.fail(YamlTree.line(fields.get("kind")),
							"kind '" + kind + "' is not one of service, technology, component, concept");
				}
				values.put("kind", kind);
			}
			if (fields.containsKey("provider")) {
				String provider = yaml.scalar(fields.get("provider"), "provider of " + id);
				if (!CloudCatalog.PROVIDERS.contains(provider)) {
					throw yaml.fail(YamlTree.line(fields.get("provider")),
							"provider '" + provider + "' is not one of aws, gcp, azure, other");
				}
				values.put("provider", provider);
			}
			else {
				// the catalogue knows where a service comes from, so a facts file need not say it
				vocabulary.services().stream().filter(s -> s.id().equals(id)).findFirst()
					.ifPresent(known -> values.put("provider", known.provider()));
			}
			if (fields.containsKey("aliases")) {
				values.put("aliases", yaml.list(fields.get("aliases"), "aliases of " + id)
					.stream()
					.map(alias -> yaml.scalar(alias, "an alias of " + id))
					.toList());
			}
			statements.add(statement("exists", "exists", values, new Fact(item, YamlTree.line(item), defaultSource(item))));
		}

		private void timeLimit(Node node) {
			Fact fact = fact(node, "timeLimit");
			String value = yaml.scalar(fact.value(), "timeLimit of " + id);
			Map<String, Object> values = new LinkedHashMap<>();
			String note = fact.note();
			if (value.equalsIgnoreCase("none")) {
				values.put("hasTimeLimit", false);
				values.put("display", (note != null) ? "no time limit (" + note + ")" : "no time limit");
			}
			else {
				long seconds = seconds(value, fact.value());
				values.put("hasTimeLimit", true);
				values.put("seconds", seconds);
				values.put("display", human(seconds) + ((note != null) ? " (" + note + ")" : ""));
			}
			statements.add(statement("timeLimit", "timeLimit", values, fact));
		}

		private void relations(Node node) {
			for (Map.Entry<String, Node> entry : yaml.map(node, "relations of " + id).entrySet()) {
				String type = entry.getKey();
				if (!vocabulary.isRelation(type)) {
					throw yaml.fail(YamlTree.line(entry.getValue()), "unknown relationship type '" + type
							+ "'; the vocabulary has " + String.join(", ", vocabulary.relations().keySet()));
				}
				for (Node target : yaml.list(entry.getValue(), type + " of " + id)) {
					Fact fact = fact(target, type + " of " + id, "to");
					String to = yaml.scalar(fact.value(), type + " target of " + id);
					if (!ID.matcher(to).matches()) {
						throw yaml.fail(YamlTree.line(target), "'" + to + "' is not a service id such as 'ec2'");
					}
					statements.add(statement("relation", "rel:" + type + ":" + to, Map.of("type", type, "target", to), fact));
				}
			}
		}

		/** A fact is a plain value, or a mapping with the value under {@code value} (or {@code to}) and a {@code source}. */
		private Fact fact(Node node, String what) {
			return fact(node, what, "value");
		}

		private Fact fact(Node node, String what, String valueKey) {
			if (YamlTree.isScalar(node)) {
				return new Fact(node, YamlTree.line(node), defaultSource(node));
			}
			Map<String, Node> map = yaml.map(node, what);
			for (String key : map.keySet()) {
				if (!Set.of(valueKey, "source", "note").contains(key)) {
					throw yaml.fail(YamlTree.line(map.get(key)), "unknown field '" + key + "' of " + what + "; expected "
							+ valueKey + ", source or note");
				}
			}
			if (!map.containsKey(valueKey)) {
				throw yaml.fail(YamlTree.line(node), what + " of " + id + " has no '" + valueKey + "'");
			}
			String citation = map.containsKey("source") ? citation(yaml.scalar(map.get("source"), "source"), map.get("source"))
					: defaultSource(node);
			String note = map.containsKey("note") ? yaml.scalar(map.get("note"), "note") : null;
			return new Fact(map.get(valueKey), YamlTree.line(node), citation, note);
		}

		private String defaultSource(Node node) {
			if (defaultSource == null) {
				throw yaml.fail(YamlTree.line(node), "a fact about " + id
						+ " names no source; add 'source: <key of sources>' to the fact or to the service");
			}
			return sources.get(defaultSource);
		}

		private String citation(String key, Node node) {
			String citation = sources.get(key);
			if (citation == null) {
				throw yaml.fail(YamlTree.line(node), "unknown source '" + key + "'; the file's sources are "
						+ String.join(", ", sources.keySet()));
			}
			return citation;
		}

		private Statement statement(String fact, String key, Map<String, Object> values, Fact where) {
			return new Statement(id, fact, key, values, where.line(), where.citation());
		}

		private long seconds(String value, Node node) {
			Matcher matcher = DURATION.matcher(value.toLowerCase());
			if (!matcher.matches()) {
				throw yaml.fail(YamlTree.line(node), "time limit '" + value
						+ "' is not 'none' or a duration such as 900s, 15m or 1h");
			}
			long amount = Long.parseLong(matcher.group(1));
			String unit = (matcher.group(2) != null) ? matcher.group(2) : "s";
			return switch (unit) {
				case "ms" -> Math.max(1, amount / 1000);
				case "m" -> amount * 60;
				case "h" -> amount * 3600;
				case "d" -> amount * 86400;
				default -> amount;
			};
		}

	}

	/** 900 → "15 minutes", 29 → "29 seconds". */
	public static String human(long seconds) {
		if (seconds % 86400 == 0) {
			return plural(seconds / 86400, "day");
		}
		if (seconds % 3600 == 0) {
			return plural(seconds / 3600, "hour");
		}
		if (seconds % 60 == 0) {
			return plural(seconds / 60, "minute");
		}
		return plural(seconds, "second");
	}

	private static String plural(long n, String unit) {
		return n + " " + unit + ((n == 1) ? "" : "s");
	}

	private record Fact(Node value, int line, String citation, String note) {

		Fact(Node value, int line, String citation) {
			this(value, line, citation, null);
		}

	}

}
