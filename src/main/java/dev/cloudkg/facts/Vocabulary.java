package dev.cloudkg.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.nodes.Node;

/**
 * The words of the graph, from {@code graph-seed/vocabulary.yaml}: relationship types, pricing models
 * and traits with their display names, and every phrase the note extractor looks for. Users extend the
 * file; no word lives in code.
 *
 * @param relations relationship type to description, in file order
 * @param pricingModels pricing model id to name
 * @param traits trait id to name
 * @param phrases what the extractor looks for in notes
 * @param services the services known by name: the vocabulary's own, then the cloud catalogue's, in file order
 */
public record Vocabulary(Map<String, String> relations, Map<String, String> pricingModels, Map<String, String> traits,
		Phrases phrases, List<KnownService> services) {

	private static final Pattern RELATION_TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

	private static final Set<String> KINDS = Set.of("service", "technology", "component", "concept");

	private static final Set<String> SECTIONS = Set.of("relations", "pricingModels", "traits", "serverless",
			"timeLimits", "negations", "namePrefixes", "notNames", "ordinaryWords", "headings", "kinds", "answers",
			"services");

	/** The vocabulary file alone: its own {@code services} only. */
	public static Vocabulary parse(String file, String text) {
		return parse(new SeedFiles.SeedFile(file, text), List.of());
	}

	/**
	 * The vocabulary and the cloud catalogue of a seed folder ({@code vocabulary.yaml} and
	 * {@code catalog/*.yaml}), as the service reads them at start; for use without Spring.
	 */
	public static Vocabulary load(Path seedDir) {
		try {
			List<SeedFiles.SeedFile> catalog = new ArrayList<>();
			Path folder = seedDir.resolve("catalog");
			if (Files.isDirectory(folder)) {
				try (Stream<Path> files = Files.list(folder)) {
					for (Path file : files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted()
							.toList()) {
						catalog.add(new SeedFiles.SeedFile("catalog/" + file.getFileName(), Files.readString(file)));
					}
				}
			}
			return parse(
					new SeedFiles.SeedFile("vocabulary.yaml", Files.readString(seedDir.resolve("vocabulary.yaml"))),
					catalog);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The vocabulary file with the services of the catalogue files after its own. Its services are AWS's
	 * unless they say otherwise; a catalogue file names its provider.
	 */
	public static Vocabulary parse(SeedFiles.SeedFile vocabulary, List<SeedFiles.SeedFile> catalog) {
		String file = vocabulary.path();
		String text = vocabulary.text();
		YamlTree yaml = new YamlTree(file);
		Map<String, Node> root = yaml.map(yaml.parse(text), "the vocabulary");
		for (Map.Entry<String, Node> entry : root.entrySet()) {
			if (!SECTIONS.contains(entry.getKey())) {
				throw yaml.fail(YamlTree.line(entry.getValue()), "unknown section '" + entry.getKey()
						+ "'; expected one of " + String.join(", ", SECTIONS.stream().sorted().toList()));
			}
		}
		Reader reader = new Reader(yaml, root);
		Map<String, String> relations = new LinkedHashMap<>();
		Map<String, List<String>> relationPhrases = new LinkedHashMap<>();
		reader.named("relations", RELATION_TYPE, "an UPPER_SNAKE relationship type such as RUNS_ON", "description",
				relations, relationPhrases);
		if (relations.isEmpty()) {
			throw yaml.fail(1, "the vocabulary needs at least one relationship type under 'relations'");
		}
		Map<String, String> pricing = new LinkedHashMap<>();
		Map<String, List<String>> pricingPhrases = new LinkedHashMap<>();
		reader.named("pricingModels", ID, "a lowercase id such as pay-per-request", "name", pricing, pricingPhrases);
		Map<String, String> traits = new LinkedHashMap<>();
		Map<String, List<String>> traitPhrases = new LinkedHashMap<>();
		reader.named("traits", ID, "a lowercase id such as auto-scaling", "name", traits, traitPhrases);

		Map<String, Node> serverless = reader.section("serverless");
		Map<String, Node> timeLimits = reader.section("timeLimits");
		Map<String, Node> headings = reader.section("headings");
		Map<String, Node> answers = reader.section("answers");
		Map<String, Integer> units = new LinkedHashMap<>();
		if (timeLimits.containsKey("units")) {
			for (Map.Entry<String, Node> unit : yaml.map(timeLimits.get("units"), "timeLimits.units").entrySet()) {
				String seconds = yaml.scalar(unit.getValue(), "timeLimits.units." + unit.getKey());
				if (!seconds.matches("\\d{1,9}")) {
					throw yaml.fail(YamlTree.line(unit.getValue()), "timeLimits.units." + unit.getKey()
							+ " must be a number of seconds, found '" + seconds + "'");
				}
				units.put(unit.getKey().toLowerCase(), Integer.parseInt(seconds));
			}
		}
		Map<String, List<String>> kinds = new LinkedHashMap<>();
		Node kindsNode = root.get("kinds");
		if (kindsNode != null) {
			for (Map.Entry<String, Node> entry : yaml.map(kindsNode, "kinds").entrySet()) {
				if (!KINDS.contains(entry.getKey())) {
					throw yaml.fail(YamlTree.line(entry.getValue()), "kind '" + entry.getKey()
							+ "' is not one of service, technology, component, concept");
				}
				kinds.put(entry.getKey(), reader.strings(entry.getValue(), "kinds." + entry.getKey()));
			}
		}
		Phrases phrases = new Phrases(relationPhrases, pricingPhrases, traitPhrases,
				reader.strings(serverless.get("phrases"), "serverless.phrases"),
				reader.strings(serverless.get("negatives"), "serverless.negatives"),
				reader.strings(timeLimits.get("none"), "timeLimits.none"),
				reader.strings(timeLimits.get("limited"), "timeLimits.limited"), units,
				reader.strings(root.get("negations"), "negations"),
				reader.strings(root.get("namePrefixes"), "namePrefixes"),
				reader.strings(root.get("notNames"), "notNames"),
				reader.strings(headings.get("topics"), "headings.topics"),
				reader.strings(headings.get("comparison"), "headings.comparison"), kinds,
				reader.strings(answers.get("affirmative"), "answers.affirmative"),
				reader.strings(answers.get("negative"), "answers.negative"),
				reader.strings(root.get("ordinaryWords"), "ordinaryWords"),
				reader.strings(timeLimits.get("withDuration"), "timeLimits.withDuration"),
				reader.strings(timeLimits.get("afterDuration"), "timeLimits.afterDuration"));
		List<CloudCatalog.Entry> services = new ArrayList<>(CloudCatalog.entries(yaml, root.get("services"), "aws"));
		catalog.forEach(f -> services.addAll(CloudCatalog.file(f)));
		return new Vocabulary(relations, pricing, traits, phrases,
				CloudCatalog.checked(services, phrases.namePrefixes()));
	}

	/**
	 * The known service an id, name, full name or alias names, case and punctuation ignored and "AWS" or
	 * "Amazon" in front dropped ("gke", "Google Kubernetes Engine", "AWS Lambda").
	 */
	public Optional<KnownService> service(String name) {
		Set<String> prefixes = new HashSet<>();
		phrases.namePrefixes().forEach(p -> prefixes.add(p.toLowerCase(Locale.ROOT)));
		String key = CloudCatalog.key(name, prefixes);
		for (KnownService service : services) {
			if (CloudCatalog.key(service.id().replace('-', ' '), prefixes).equals(key)
					|| service.names().stream().anyMatch(n -> CloudCatalog.key(n, prefixes).equals(key))) {
				return Optional.of(service);
			}
		}
		return Optional.empty();
	}

	public boolean isRelation(String type) {
		return relations.containsKey(type);
	}

	/**
	 * Everything the note extractor looks for. Phrases are matched word by word (see
	 * {@code graph-seed/README.md}).
	 *
	 * @param relations relationship type to the phrases that state it
	 * @param pricing pricing model id to phrases
	 * @param traits trait id to phrases
	 * @param serverless phrases saying a service is serverless
	 * @param notServerless phrases saying it is not
	 * @param noTimeLimit phrases saying it has no execution time limit
	 * @param timeLimit phrases saying it has one (the duration comes from the same sentence)
	 * @param units duration unit word to seconds
	 * @param negations words that make a following trait phrase a "lacks it"
	 * @param namePrefixes words dropped from the front of service names (AWS, Amazon)
	 * @param notNames words that never name a service
	 * @param topicWords words that make a heading a topic rather than a service
	 * @param comparisonWords words that make a heading a comparison ("vs")
	 * @param kinds kind to the phrases that suggest it for a service nobody declared
	 * @param affirmative table cell words meaning yes
	 * @param negative table cell words meaning no
	 * @param ordinaryWords service names that are everyday words too ("batch"): in a note written in lower
	 * case, only these still need a capital to name a service
	 * @param timeLimitWithDuration phrases that state a time limit only when a duration follows them ("up to
	 * 15 minutes", "timeout: 30 s"), and not in a sentence about a duration that is no time limit (retention)
	 * @param timeLimitAfterDuration phrases that state a time limit right after a duration ("9 min max", "a 10
	 * minute cap")
	 */
	public record Phrases(Map<String, List<String>> relations, Map<String, List<String>> pricing,
			Map<String, List<String>> traits, List<String> serverless, List<String> notServerless,
			List<String> noTimeLimit, List<String> timeLimit, Map<String, Integer> units, List<String> negations,
			List<String> namePrefixes, List<String> notNames, List<String> topicWords, List<String> comparisonWords,
			Map<String, List<String>> kinds, List<String> affirmative, List<String> negative,
			List<String> ordinaryWords, List<String> timeLimitWithDuration, List<String> timeLimitAfterDuration) {
	}

	/**
	 * A service the extractor knows by name.
	 *
	 * @param id slug, e.g. api-gateway
	 * @param name short name
	 * @param fullName full name, may be null
	 * @param aliases other names
	 * @param kind service, technology, component or concept
	 * @param category e.g. compute, may be null
	 * @param provider aws, gcp, azure or other
	 */
	public record KnownService(String id, String name, String fullName, List<String> aliases, String kind,
			String category, String provider) {

		/** Every name it goes by: name, full name and aliases. */
		public List<String> names() {
			List<String> names = new ArrayList<>();
			names.add(name);
			if (fullName != null) {
				names.add(fullName);
			}
			names.addAll(aliases);
			return names;
		}

	}

	private record Reader(YamlTree yaml, Map<String, Node> root) {

		Map<String, Node> section(String name) {
			Node node = root.get(name);
			return (node != null) ? yaml.map(node, name) : Map.of();
		}

		List<String> strings(Node node, String what) {
			if (node == null) {
				return List.of();
			}
			List<String> result = new ArrayList<>();
			for (Node item : yaml.list(node, what)) {
				String value = yaml.scalar(item, "an entry of " + what);
				if (value.isBlank()) {
					throw yaml.fail(YamlTree.line(item), "an empty entry in " + what);
				}
				result.add(value);
			}
			return List.copyOf(result);
		}

		/** A section whose entries are {@code key: label} or {@code key: {<labelKey>: label, phrases: [...]}}. */
		void named(String name, Pattern keyPattern, String expected, String labelKey, Map<String, String> labels,
				Map<String, List<String>> phrases) {
			for (Map.Entry<String, Node> entry : section(name).entrySet()) {
				String key = entry.getKey();
				if (!keyPattern.matcher(key).matches()) {
					throw yaml.fail(YamlTree.line(entry.getValue()),
							"'" + key + "' under " + name + " is not " + expected);
				}
				if (YamlTree.isScalar(entry.getValue())) {
					labels.put(key, yaml.scalar(entry.getValue(), name + "." + key));
					phrases.put(key, List.of());
					continue;
				}
				Map<String, Node> fields = yaml.map(entry.getValue(), name + "." + key);
				for (Map.Entry<String, Node> field : fields.entrySet()) {
					if (!Set.of(labelKey, "phrases").contains(field.getKey())) {
						throw yaml.fail(YamlTree.line(field.getValue()), "unknown field '" + field.getKey() + "' of "
								+ name + "." + key + "; expected " + labelKey + " and phrases");
					}
				}
				labels.put(key,
						fields.containsKey(labelKey) ? yaml.scalar(fields.get(labelKey), name + "." + key) : key);
				phrases.put(key, strings(fields.get("phrases"), name + "." + key + ".phrases"));
			}
		}

	}

}
