package dev.cloudkg.facts;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
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
import java.util.function.Consumer;

import dev.cloudkg.facts.FactsFileFormat.Service;
import dev.cloudkg.facts.FactsFileFormat.Source;
import dev.cloudkg.facts.FactsFileFormat.Text;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static dev.cloudkg.facts.FactsFileFormat.line;

/**
 * Reads a curated facts file ({@code graph-seed/facts/*.yaml}, format in {@code graph-seed/README.md})
 * into the statements it makes, one service at a time: a file of any size is read in the memory of one service.
 * Jackson binds each entry of {@code services} to {@link FactsFileFormat.Service}; {@link ServiceStatements} checks
 * it. Every fact must name a source; anything unexpected is an error naming the file and line.
 */
public final class FactsFileReader {

	/** Default of {@code cloudkg.seed.max-facts-file-size}. */
	public static final DataSize DEFAULT_MAX_SIZE = DataSize.ofGigabytes(1);

	private final Vocabulary vocabulary;

	private final byte[] vocabularyDigest;

	private final Map<String, String> catalogueProviders = new HashMap<>();

	private final DataSize maxSize;

	private final YAMLMapper mapper;

	private final ObjectReader titleReader;

	private final ObjectReader sourcesReader;

	private final ObjectReader serviceReader;

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
		this.mapper = FactsFileFormat.mapper(maxSize);
		this.titleReader = mapper.readerFor(Text.class);
		this.sourcesReader = mapper.readerFor(new TypeReference<LinkedHashMap<String, Source>>() {
		});
		this.serviceReader = mapper.readerFor(Service.class);
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
		MessageDigest digest = sha256();
		LimitedInput limited = new LimitedInput(new BufferedInputStream(input, 1 << 16), path, maxSize);
		DigestInputStream digested = new DigestInputStream(limited, digest);
		Reader reader = new InputStreamReader(digested, StandardCharsets.UTF_8.newDecoder());
		try (JsonParser parser = mapper.createParser(reader)) {
			FactsFile file = read(path, parser, givenSources, service);
			// what the parser left unread (a trailing comment) is part of the file's hash
			digested.transferTo(OutputStream.nullOutputStream());
			digest.update(vocabularyDigest);
			return new FactsFile(file.id(), file.title(), path, HexFormat.of().formatHex(digest.digest()),
					file.services(),
					file.statements());
		}
		catch (JacksonException ex) {
			throw YamlFailures.of(path, ex, "the facts file", limited.line());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(path + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	/** The first pass over a file whose sources come last: its sources, the rest stepped over. */
	private Map<String, String> sourcesOf(String path, InputStream input) {
		LimitedInput limited = new LimitedInput(new BufferedInputStream(input, 1 << 16), path, maxSize);
		try (JsonParser parser = mapper
				.createParser(new InputStreamReader(limited, StandardCharsets.UTF_8.newDecoder()))) {
			Map<String, String> sources = Map.of();
			// the second pass names what is wrong with the rest
			parser.nextToken();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String key = parser.currentName();
				parser.nextToken();
				if (key.equals("sources")) {
					sources = sources(parser);
				}
				else {
					parser.skipChildren();
				}
			}
			return sources;
		}
		catch (JacksonException ex) {
			throw YamlFailures.of(path, ex, "sources", limited.line());
		}
	}

	private FactsFile read(String path, JsonParser parser, Map<String, String> givenSources,
			Consumer<List<Statement>> service) {
		if (parser.nextToken() == null) {
			throw new FactsFormatException(path, 1, "the file is empty; expected a YAML mapping");
		}
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw new FactsFormatException(path, line(parser),
					"expected a mapping (key: value lines) for the facts file");
		}
		String name = path.replaceAll(".*/", "").replaceAll("\\.ya?ml$", "");
		String title = name;
		Map<String, String> sources = givenSources;
		int services = -1;
		int statements = 0;
		String section = "the facts file";
		try {
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				section = parser.currentName();
				int line = line(parser);
				parser.nextToken();
				switch (section) {
					case "title" -> title = titleReader.<Text>readValue(parser).value();
					case "sources" -> {
						Map<String, String> read = sources(parser);
						sources = (givenSources != null) ? givenSources : read;
					}
					case "services" -> {
						if (sources == null) {
							// YAML does not order keys: the services came first, and each fact's source must be known as it is read
							throw new SourcesLater();
						}
						if (parser.currentToken() != JsonToken.START_ARRAY) {
							throw new FactsFormatException(path, line(parser), "expected a list for services");
						}
						section = "a service";
						services = 0;
						ServiceStatements checked = new ServiceStatements(path, vocabulary, catalogueProviders,
								sources);
						while (parser.nextToken() != JsonToken.END_ARRAY) {
							int at = line(parser);
							List<Statement> stated = checked.of(serviceReader.readValue(parser), at);
							services++;
							statements += stated.size();
							service.accept(stated);
						}
					}
					default -> throw new FactsFormatException(path, line,
							"unknown section '" + section + "'; expected title, sources or services");
				}
			}
			if (parser.nextToken() != null) {
				throw new FactsFormatException(path, line(parser),
						"not valid YAML: expected a single document in the stream");
			}
		}
		catch (JacksonException ex) {
			throw YamlFailures.of(path, ex, section, line(parser));
		}
		if (services < 0) {
			throw new FactsFormatException(path, 1, "no 'services' list: a facts file states facts about services");
		}
		return new FactsFile("facts/" + name, title, path, null, services, statements);
	}

	private Map<String, String> sources(JsonParser parser) {
		Map<String, String> sources = new LinkedHashMap<>();
		Map<String, Source> read = sourcesReader.readValue(parser);
		if (read != null) {
			read.forEach((key, source) -> {
				String title = (source != null && source.title() != null) ? source.title().value() : key;
				Text url = (source != null) ? source.url() : null;
				sources.put(key, (url != null) ? title + " — " + url.value() : title);
			});
		}
		return sources;
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

}
