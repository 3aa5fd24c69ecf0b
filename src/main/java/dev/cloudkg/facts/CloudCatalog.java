package dev.cloudkg.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cloudkg.facts.Vocabulary.KnownService;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The services known by name: the {@code services} of {@code vocabulary.yaml} and of each catalogue file
 * ({@code catalog/*.yaml}, one per provider, format in {@code graph-seed/README.md}). Entries keep their
 * file and line, so a second service with an id or a name another one already has is refused naming both:
 * a name must point at one service, or the note extractor would silently take whichever came first.
 */
final class CloudCatalog {

	static final Set<String> PROVIDERS = Set.of("aws", "gcp", "azure", "other");

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Set<String> KINDS = Set.of("service", "technology", "component", "concept");

	private static final Set<String> FIELDS = Set.of("name", "fullName", "aliases", "kind", "category", "provider");

	private CloudCatalog() {
	}

	/** A known service and where it is declared. */
	record Entry(KnownService service, String file, int line) {

		String where() {
			return file + ":" + line;
		}

	}

	/** A catalogue file: a {@code provider} for all its entries and their {@code services}. */
	static List<Entry> file(SeedFiles.SeedFile file) {
		YamlTree yaml = new YamlTree(file.path());
		Map<String, Node> root = yaml.map(yaml.parse(file.text()), "the catalogue file");
		for (Map.Entry<String, Node> entry : root.entrySet()) {
			if (!Set.of("provider", "services").contains(entry.getKey())) {
				throw yaml.fail(YamlTree.line(entry.getValue()),
						"unknown section '" + entry.getKey() + "'; expected provider and services");
			}
		}
		if (!root.containsKey("provider")) {
			throw yaml.fail(1, "no 'provider'; a catalogue file starts with e.g. 'provider: aws'");
		}
		String provider = provider(yaml, root.get("provider"), "provider");
		if (!root.containsKey("services")) {
			throw yaml.fail(1, "no 'services'; a catalogue file lists services by id");
		}
		return entries(yaml, root.get("services"), provider);
	}

	/** The entries of a {@code services} mapping (id → fields); {@code provider} is the default of each. */
	static List<Entry> entries(YamlTree yaml, Node services, String provider) {
		if (services == null) {
			return List.of();
		}
		List<Entry> entries = new ArrayList<>();
		for (Map.Entry<String, Node> entry : yaml.map(services, "services").entrySet()) {
			String id = entry.getKey();
			int line = YamlTree.line(entry.getValue());
			if (!ID.matcher(id).matches()) {
				throw yaml.fail(line, "'" + id + "' under services is not a lowercase slug such as api-gateway");
			}
			String what = "services." + id;
			Map<String, Node> fields = yaml.map(entry.getValue(), what);
			for (Map.Entry<String, Node> field : fields.entrySet()) {
				if (!FIELDS.contains(field.getKey())) {
					throw yaml.fail(YamlTree.line(field.getValue()), "unknown field '" + field.getKey() + "' of " + what
							+ "; expected name, fullName, aliases, kind, category or provider");
				}
			}
			String kind = fields.containsKey("kind") ? yaml.scalar(fields.get("kind"), what + ".kind") : "service";
			if (!KINDS.contains(kind)) {
				throw yaml.fail(YamlTree.line(fields.get("kind")),
						"kind '" + kind + "' is not one of service, technology, component, concept");
			}
			List<String> aliases = new ArrayList<>();
			if (fields.containsKey("aliases")) {
				for (Node alias : yaml.list(fields.get("aliases"), what + ".aliases")) {
					String value = yaml.scalar(alias, "an alias of " + id);
					if (value.isBlank()) {
						throw yaml.fail(YamlTree.line(alias), "an empty alias of " + id);
					}
					aliases.add(value);
				}
			}
			entries.add(new Entry(new KnownService(id, optional(yaml, fields, "name", what, id),
					optional(yaml, fields, "fullName", what, null), List.copyOf(aliases), kind,
					optional(yaml, fields, "category", what, null),
					fields.containsKey("provider")
							? provider(yaml, fields.get("provider"), what + ".provider")
							: provider),
					yaml.file(), line));
		}
		return entries;
	}

	/**
	 * The services of all entries, in order, once it is certain that no two share an id or a name: names
	 * compare as the extractor reads them (words, case ignored, {@code prefixes} such as "AWS" in front
	 * dropped), and an id counts as a name too ({@code route-53} is "route 53").
	 */
	static List<KnownService> checked(List<Entry> entries, List<String> prefixes) {
		Set<String> dropped = new HashSet<>();
		prefixes.forEach(p -> dropped.add(p.toLowerCase(Locale.ROOT)));
		Map<String, Entry> ids = new HashMap<>();
		Map<String, Entry> names = new HashMap<>();
		List<KnownService> services = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			KnownService service = entry.service();
			Entry twin = ids.putIfAbsent(service.id(), entry);
			if (twin != null) {
				throw new FactsFormatException(entry.file(), entry.line(),
						"service '" + service.id() + "' is already declared at " + twin.where());
			}
			List<String> all = new ArrayList<>(service.names());
			all.add(service.id().replace('-', ' '));
			for (String name : all) {
				String key = key(name, dropped);
				if (key.isEmpty()) {
					throw new FactsFormatException(entry.file(), entry.line(),
							"name '" + name + "' of " + service.id() + " has no words left once " + prefixes
									+ " are dropped");
				}
				Entry owner = names.putIfAbsent(key, entry);
				if (owner != null && owner != entry) {
					throw new FactsFormatException(entry.file(), entry.line(), "name '" + name + "' of " + service.id()
							+ " is already a name of " + owner.service().id() + " at " + owner.where()
							+ "; a name must identify one service");
				}
			}
			services.add(service);
		}
		return List.copyOf(services);
	}

	/** "AWS Route 53" → "route 53": the words, lower case, prefixes in front dropped. */
	static String key(String name, Set<String> prefixes) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(name);
		while (matcher.find()) {
			String word = matcher.group().toLowerCase(Locale.ROOT);
			if (!words.isEmpty() || !prefixes.contains(word)) {
				words.add(word);
			}
		}
		return String.join(" ", words);
	}

	private static String provider(YamlTree yaml, Node node, String what) {
		String provider = yaml.scalar(node, what);
		if (!PROVIDERS.contains(provider)) {
			throw yaml.fail(YamlTree.line(node), what + " '" + provider + "' is not one of aws, gcp, azure, other");
		}
		return provider;
	}

	private static String optional(YamlTree yaml, Map<String, Node> fields, String key, String what, String otherwise) {
		return fields.containsKey(key) ? yaml.scalar(fields.get(key), what + "." + key) : otherwise;
	}

}
