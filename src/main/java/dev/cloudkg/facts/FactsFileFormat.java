package dev.cloudkg.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The records a facts file ({@code graph-seed/README.md}) is read into by Jackson, one {@code services} entry at a
 * time. Every value keeps the line it was written on, so a complaint about it can name the line; every scalar is
 * kept as the text written (YAML's {@code true}, {@code 900} and {@code null} too), as the checks read it.
 */
final class FactsFileFormat {

	private FactsFileFormat() {
	}

	/** One entry of {@code services}. */
	record Service(Text id, Text name, Text fullName, List<Text> aliases, Text kind, Text category, Text provider,
			Text summary, Text description, Text source, Fact serverless, Fact timeLimit, List<Fact> pricing,
			Map<String, Fact> traits, Map<String, Targets> relations, @JsonAnySetter Map<String, Unknown> unknown) {
	}

	/** A scalar and its line. */
	@JsonDeserialize(using = TextReader.class)
	record Text(String value, int line) {
	}

	/** A fact: a plain value, or {@code {value, source, note}} ({@code {to, source, note}} for a relation target). */
	@JsonDeserialize(using = FactReader.class)
	record Fact(Text value, Text source, Text note, int line) {
	}

	/** The targets of one relationship type, and the line of their list. */
	@JsonDeserialize(using = TargetsReader.class)
	record Targets(List<Fact> targets, int line) {
	}

	/** An entry of {@code sources}: a bare title or {@code {title, url}}. */
	@JsonDeserialize(using = SourceReader.class)
	record Source(Text title, Text url) {
	}

	/** The mapping form of a fact. */
	record ValueFields(Text value, Text source, Text note, @JsonAnySetter Map<String, Unknown> unknown) {
	}

	/** The mapping form of a relation target. */
	record TargetFields(Text to, Text source, Text note, @JsonAnySetter Map<String, Unknown> unknown) {
	}

	/** The mapping form of a source. */
	record SourceFields(Text title, Text url, @JsonAnySetter Map<String, Unknown> unknown) {
	}

	/**
	 * The value of a key a record does not have, which is refused as soon as it is read. Jackson's own check
	 * ({@code FAIL_ON_UNKNOWN_PROPERTIES}) would name the end of the mapping, as it binds a record only once the
	 * whole mapping is read; this names the line of the key.
	 */
	@JsonDeserialize(using = UnknownReader.class)
	record Unknown() {
	}

	/** How Jackson reads facts files of at most {@code maxSize} ({@code cloudkg.seed.max-facts-file-size}). */
	static YAMLMapper mapper(DataSize maxSize) {
		LoadSettings settings = LoadSettings.builder()
				// the size is bounded by cloudkg.seed.max-facts-file-size; SnakeYAML's own 3 M code points would refuse
				// big facts files although streaming keeps their memory flat (a code point is at least a byte)
				.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxSize.toBytes()))
				.setAllowDuplicateKeys(false)
				.build();
		// Jackson reads an alias *x as the text x: this factory's parsers expand it
		YAMLFactory factory = new AliasExpandingParser.Factory(YAMLFactory.builder()
				.loadSettings(settings)
				// the reader digests what the parser leaves unread (a trailing comment) after the parser is done
				.disable(StreamReadFeature.AUTO_CLOSE_SOURCE));
		return YAMLMapper.builder(factory)
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				// each value is a piece of the file: what follows it is the rest of the file, read next
				.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
				.build();
	}

	static int line(JsonParser p) {
		return p.currentTokenLocation().getLineNr();
	}

	private static Text text(JsonParser p) {
		return new Text(p.getString().strip(), line(p));
	}

	/** A scalar as {@link Text}; YAML's {@code null} and an empty value too (as the text written), never Java null. */
	static final class TextReader extends ValueDeserializer<Text> {

		@Override
		public Text deserialize(JsonParser p, DeserializationContext ctxt) {
			if (!p.currentToken().isScalarValue()) {
				return (Text) ctxt.handleUnexpectedToken(Text.class, p);
			}
			return text(p);
		}

		@Override
		public Text getNullValue(DeserializationContext ctxt) {
			return text(ctxt.getParser());
		}

		@Override
		public Object getAbsentValue(DeserializationContext ctxt) {
			return null;
		}

	}

	/** A value that is either a scalar or a mapping of {@code fields}, made into {@code T} with the line it starts on. */
	private abstract static class ScalarOrMapping<T, F> extends ValueDeserializer<T> {

		private final Class<T> type;

		private final Class<F> fields;

		ScalarOrMapping(Class<T> type, Class<F> fields) {
			this.type = type;
			this.fields = fields;
		}

		abstract T scalar(Text value);

		abstract T mapping(F fields, int line);

		@Override
		public T deserialize(JsonParser p, DeserializationContext ctxt) {
			if (p.currentToken().isScalarValue()) {
				return scalar(text(p));
			}
			if (p.currentToken() == JsonToken.START_OBJECT) {
				int line = line(p);
				return mapping(ctxt.readValue(p, fields), line);
			}
			return type.cast(ctxt.handleUnexpectedToken(type, p));
		}

		@Override
		public T getNullValue(DeserializationContext ctxt) {
			return scalar(text(ctxt.getParser()));
		}

		@Override
		public Object getAbsentValue(DeserializationContext ctxt) {
			return null;
		}

	}

	static final class FactReader extends ScalarOrMapping<Fact, ValueFields> {

		FactReader() {
			super(Fact.class, ValueFields.class);
		}

		@Override
		Fact scalar(Text value) {
			return new Fact(value, null, null, value.line());
		}

		@Override
		Fact mapping(ValueFields fields, int line) {
			return new Fact(fields.value(), fields.source(), fields.note(), line);
		}

	}

	static final class TargetReader extends ScalarOrMapping<Fact, TargetFields> {

		TargetReader() {
			super(Fact.class, TargetFields.class);
		}

		@Override
		Fact scalar(Text value) {
			return new Fact(value, null, null, value.line());
		}

		@Override
		Fact mapping(TargetFields fields, int line) {
			return new Fact(fields.to(), fields.source(), fields.note(), line);
		}

	}

	static final class SourceReader extends ScalarOrMapping<Source, SourceFields> {

		SourceReader() {
			super(Source.class, SourceFields.class);
		}

		@Override
		Source scalar(Text title) {
			return new Source(title, null);
		}

		@Override
		Source mapping(SourceFields fields, int line) {
			return new Source(fields.title(), fields.url());
		}

	}

	static final class UnknownReader extends ValueDeserializer<Unknown> {

		@Override
		public Unknown deserialize(JsonParser p, DeserializationContext ctxt) {
			throw new UnrecognizedPropertyException(p, "unknown field '" + p.currentName() + "'",
					p.currentTokenLocation(),
					null, p.currentName(), null);
		}

		@Override
		public Unknown getNullValue(DeserializationContext ctxt) {
			return deserialize(ctxt.getParser(), ctxt);
		}

	}

	/** A list of relation targets, each read as {@link TargetReader} reads it. */
	static final class TargetsReader extends ValueDeserializer<Targets> {

		private final TargetReader target = new TargetReader();

		@Override
		public Targets deserialize(JsonParser p, DeserializationContext ctxt) {
			if (p.currentToken() != JsonToken.START_ARRAY) {
				return (Targets) ctxt.handleUnexpectedToken(Targets.class, p);
			}
			int line = line(p);
			List<Fact> targets = new ArrayList<>();
			for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
				targets.add((token == JsonToken.VALUE_NULL) ? target.getNullValue(ctxt) : target.deserialize(p, ctxt));
			}
			return new Targets(targets, line);
		}

	}

}
