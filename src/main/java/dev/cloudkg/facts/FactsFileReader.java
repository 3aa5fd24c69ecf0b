package dev.cloudkg.facts;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import dev.cloudkg.model.Durations;
import org.springframework.util.unit.DataSize;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a curated facts file ({@code graph-seed/facts/*.yaml}, format in {@code graph-seed/README.md})
 * into the statements it makes, one service at a time: a file of any size is read in the memory of one service.
 * Every fact must name a source; anything unexpected is an error naming the file and line.
 */
public final class FactsFileReader {

	/** Default of {@code cloudkg.seed.max-facts-file-size}. */
	public static final DataSize DEFAULT_MAX_SIZE = DataSize.ofGigabytes(1);

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

	private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

	private static final Set<String> KINDS = Set.of("service", "technology", "component", "concept");

	private static final Set<String> SECTIONS = Set.of("title", "sources", "services");

	private static final Set<String> SERVICE_KEYS = Set.of("id", "name", "fullName", "aliases", "kind", "category",
			"provider", "summary", "description", "source", "serverless", "timeLimit", "pricing", "traits", "relations");

	private final Vocabulary vocabulary;

	private final byte[] vocabularyDigest;

	private final Map<String, String> catalogueProviders = new HashMap<>();

	private final DataSize maxSize;

	public FactsFileReader(Vocabulary vocabulary) {
		this(vocabulary, DEFAULT_MAX_SIZE);
	}

	/** @param maxSize the largest facts file read ({@code cloudkg.seed.max-facts-file-size}) */
	public FactsFileReader(Vocabulary vocabulary, DataSize maxSize) {
		this.vocabulary = vocabulary;
		// the vocabulary's words are part of what a file means (e.g. trait names): a change re-derives
		this.vocabularyDigest = vocabulary.toString().getBytes(StandardCharsets.UTF_8);
		vocabulary.services().forEach(known -> catalogueProviders.putIfAbsent(known.id(), known.provider()));
		this.maxSize = maxSize;
	}

	/**
	 * Reads a whole facts file given as text.
	 * @param path the file's path as shown in errors and sources, e.g. {@code facts/aws-compute.yaml}
	 * @param text its content
	 */
	public SourceDocument read(String path, String text) {
		List<Statement> statements = new ArrayList<>();
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		FactsFile file;
		try {
			file = read(path, () -> new ByteArrayInputStream(bytes), statements::addAll);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new SourceDocument(file.id(), file.title(), "facts", path, text, file.hash(), List.copyOf(statements));
	}

	/** Opens a facts file, each time it is read. */
	@FunctionalInterface
	public interface Opener {

		InputStream open() throws IOException;

	}

	/**
	 * Reads a facts file as a stream: {@code service} gets the statements of each service in file order, as soon
	 * as that service is read, so memory does not grow with the file. YAML does not order a mapping's keys: when
	 * the file's {@code sources} come after its {@code services}, they are found by a first pass that steps over
	 * the services without building them, and the file is read again.
	 * @param path the file's path as shown in errors and sources, e.g. {@code facts/aws-compute.yaml}
	 * @param open opens its bytes (UTF-8), once or (sources last) three times
	 * @throws FactsFormatException naming file and line for anything not in the documented format, including a
	 * file larger than {@code cloudkg.seed.max-facts-file-size}; statements of services before it were handed out
	 */
	public FactsFile read(String path, Opener open, Consumer<List<Statement>> service) throws IOException {
		try (InputStream input = open.open()) {
			return read(path, input, null, service);
		}
		catch (SourcesLater later) {
			Map<String, String> sources;
			try (InputStream input = open.open()) {
				sources = sourcesOf(path, input);
			}
			try (InputStream input = open.open()) {
				return read(path, input, sources, service);
			}
		}
	}

	/** The services came first: the sources must be read before them (no service was handed out). */
	private static final class SourcesLater extends RuntimeException {

		SourcesLater() {
			super(null, null, false, false);
		}

	}

	private FactsFile read(String path, InputStream input, Map<String, String> givenSources,
			Consumer<List<Statement>> service) {
		YamlTree yaml = new YamlTree(path);
		MessageDigest digest = sha256();
		LimitedInput limited = new LimitedInput(new BufferedInputStream(input, 1 << 16), path);
		DigestInputStream digested = new DigestInputStream(limited, digest);
		try {
			Reader reader = new InputStreamReader(digested, StandardCharsets.UTF_8.newDecoder());
			FactsFile file = read(yaml, path, new YamlStream(reader), givenSources, service);
			// what the parser left unread (a trailing comment) is part of the file's hash
			digested.transferTo(OutputStream.nullOutputStream());
			digest.update(vocabularyDigest);
			return new FactsFile(file.id(), file.title(), path, HexFormat.of().formatHex(digest.digest()), file.services(),
					file.statements());
		}
		catch (YAMLException ex) {
			throw failure(yaml, ex, limited.line());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(path + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	/** The first pass over a file whose sources come last: its sources, the rest stepped over. */
	private Map<String, String> sourcesOf(String path, InputStream input) {
		YamlTree yaml = new YamlTree(path);
		Map<String, String> sources = Map.of();
		try {
			YamlStream stream = new YamlStream(new InputStreamReader(new BufferedInputStream(input, 1 << 16),
					StandardCharsets.UTF_8.newDecoder()));
			stream.startDocument();
			stream.consume(Event.ID.MappingStart);
			while (!stream.at(Event.ID.MappingEnd)) {
				String key = yaml.scalar(stream.node(), "a key of the facts file");
				if (key.equals("sources")) {
					sources = sources(yaml, stream.node());
				}
				else {
					stream.skip();
				}
			}
			return sources;
		}
		catch (YAMLException ex) {
			throw failure(yaml, ex, 1);
		}
	}

	/** SnakeYAML's error as file and line: its mark's line, else {@code line} (where the reader had got to). */
	private static FactsFormatException failure(YamlTree yaml, YAMLException ex, int line) {
		if (ex instanceof MarkedYAMLException marked) {
			return yaml.fail((marked.getProblemMark() != null) ? marked.getProblemMark().getLine() + 1 : 1,
					"not valid YAML: " + marked.getProblem());
		}
		if (ex.getCause() instanceof CharacterCodingException) {
			return yaml.fail(line, "not UTF-8 text");
		}
		return yaml.fail(line, "not valid YAML: " + ex.getMessage());
	}

	private FactsFile read(YamlTree yaml, String path, YamlStream stream, Map<String, String> givenSources,
			Consumer<List<Statement>> service) {
		if (!stream.startDocument()) {
			throw yaml.fail(1, "the file is empty; expected a YAML mapping");
		}
		if (!stream.at(Event.ID.MappingStart)) {
			yaml.map(stream.node(), "the facts file");
		}
		stream.consume(Event.ID.MappingStart);
		String name = path.replaceAll(".*/", "").replaceAll("\\.ya?ml$", "");
		String title = name;
		Map<String, String> sources = givenSources;
		Map<String, Integer> declared = new HashMap<>();
		int services = -1;
		int statements = 0;
		while (!stream.at(Event.ID.MappingEnd)) {
			Node keyNode = stream.node();
			String key = yaml.scalar(keyNode, "a key of the facts file");
			if (!SECTIONS.contains(key)) {
				throw yaml.fail(stream.line(), "unknown section '" + key + "'; expected title, sources or services");
			}
			if (key.equals("title")) {
				title = yaml.scalar(stream.node(), "title");
			}
			else if (key.equals("sources")) {
				Map<String, String> read = sources(yaml, stream.node());
				sources = (givenSources != null) ? givenSources : read;
			}
			else if (sources == null) {
				// YAML does not order keys: the services came first, and each fact's source must be known as it is read
				throw new SourcesLater();
			}
			else if (stream.at(Event.ID.SequenceStart)) {
				services = 0;
				stream.consume(Event.ID.SequenceStart);
				while (!stream.at(Event.ID.SequenceEnd)) {
					List<Statement> stated = readService(yaml, stream.node(), sources, declared);
					services++;
					statements += stated.size();
					service.accept(stated);
				}
				stream.consume(Event.ID.SequenceEnd);
			}
			else {
				services = 0;
				for (Node item : yaml.list(stream.node(), "services")) {
					List<Statement> stated = readService(yaml, item, sources, declared);
					services++;
					statements += stated.size();
					service.accept(stated);
				}
			}
		}
		stream.consume(Event.ID.MappingEnd);
		stream.endDocument(yaml);
		if (services < 0) {
			throw yaml.fail(1, "no 'services' list: a facts file states facts about services");
		}
		return new FactsFile("facts/" + name, title, path, null, services, statements);
	}

	private List<Statement> readService(YamlTree yaml, Node item, Map<String, String> sources,
			Map<String, Integer> declared) {
		List<Statement> statements = new ArrayList<>();
		new ServiceReader(yaml, (sources != null) ? sources : Map.of(), statements).read(item, declared);
		return statements;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What reading a facts file found; the statements went to the caller one service at a time.
	 * @param id document id, {@code facts/<file name>}
	 * @param title its title (the file name when it has none)
	 * @param path where it was read from
	 * @param hash digest of its bytes and the vocabulary; an unchanged hash skips the import
	 * @param services how many services it declares
	 * @param statements how many facts it states
	 */
	public record FactsFile(String id, String title, String path, String hash, int services, int statements) {
	}

	/**
	 * Counts bytes and lines as they are read, and stops at {@code cloudkg.seed.max-facts-file-size} with the
	 * line it got to.
	 */
	private final class LimitedInput extends FilterInputStream {

		private final String path;

		private long bytes;

		private int lines = 1;

		LimitedInput(InputStream in, String path) {
			super(in);
			this.path = path;
		}

		int line() {
			return lines;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(new byte[] { (byte) b }, 0, 1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(buffer, offset, n);
			}
			return n;
		}

		private void count(byte[] buffer, int offset, int n) {
			for (int i = offset; i < offset + n; i++) {
				if (buffer[i] == '\n') {
					lines++;
				}
			}
			bytes += n;
			if (bytes > maxSize.toBytes()) {
				throw new FactsFormatException(path, lines, "the file is larger than cloudkg.seed.max-facts-file-size ("
						+ maxSize + "); raise that setting to load it");
			}
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
				String known = catalogueProviders.get(id);
				if (known != null) {
					values.put("provider", known);
				}
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
				values.put("display", Durations.human(seconds) + ((note != null) ? " (" + note + ")" : ""));
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
			return new Statement(id, dev.cloudkg.model.FactKind.of(fact), key, values, where.line(), where.citation());
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

	private record Fact(Node value, int line, String citation, String note) {

		Fact(Node value, int line, String citation) {
			this(value, line, citation, null);
		}

	}

}
