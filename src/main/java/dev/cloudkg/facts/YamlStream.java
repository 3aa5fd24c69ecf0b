package dev.cloudkg.facts;

import java.io.Reader;
import java.util.ArrayList;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML document a piece at a time: the top-level mapping key by key, a long list item by item, each
 * piece as a {@link YamlTree} node that remembers its line. Only the piece being read is in memory, so a file
 * of any length is read in the memory of its largest item; SnakeYAML's own composer builds each piece (aliases,
 * their limit and the nesting limit work as for a whole document).
 *
 * <p>Errors are SnakeYAML's {@code YAMLException}s; {@link YamlTree} callers turn them into file and line.
 */
final class YamlStream {

	private final Parser parser;

	private final PieceComposer composer;

	YamlStream(Reader reader) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(20);
		// the caller bounds the size (cloudkg.seed.max-facts-file-size); SnakeYAML's 3 M code points would refuse
		// big facts files although streaming keeps their memory flat
		options.setCodePointLimit(Integer.MAX_VALUE);
		this.parser = new ParserImpl(new StreamReader(reader), options);
		this.composer = new PieceComposer(parser, options);
	}

	/** Starts the stream; false when it holds no document at all (an empty file). */
	boolean startDocument() {
		expect(Event.ID.StreamStart);
		if (parser.checkEvent(Event.ID.StreamEnd)) {
			return false;
		}
		expect(Event.ID.DocumentStart);
		return true;
	}

	/** Ends the document; the stream must hold no second one. */
	void endDocument(YamlTree yaml) {
		expect(Event.ID.DocumentEnd);
		if (!parser.checkEvent(Event.ID.StreamEnd)) {
			throw yaml.fail(line(), "not valid YAML: expected a single document in the stream");
		}
		parser.getEvent();
	}

	boolean at(Event.ID id) {
		return parser.checkEvent(id);
	}

	/** Consumes the start or end of a mapping or list; returns its line. */
	int consume(Event.ID id) {
		int line = line();
		expect(id);
		return line;
	}

	/** The line the next event starts on. */
	int line() {
		return parser.peekEvent().getStartMark().getLine() + 1;
	}

	/** Steps over the next node (a key, a value, a list item) without building it: memory stays flat. */
	void skip() {
		int depth = 0;
		do {
			Event event = parser.getEvent();
			if (event.is(Event.ID.MappingStart) || event.is(Event.ID.SequenceStart)) {
				depth++;
			}
			else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
				depth--;
			}
		}
		while (depth > 0);
	}

	/** Reads the next node whole (a key, a value, a list item). */
	Node node() {
		return composer.next();
	}

	private void expect(Event.ID id) {
		Event event = parser.getEvent();
		if (!event.is(id)) {
			throw new IllegalStateException("expected " + id + " but the YAML parser gave " + event);
		}
	}

	/** Every scalar is a string ({@link YamlTree} reads them so): no pattern tried on each of a million values. */
	private static final class PlainResolver extends Resolver {

		@Override
		protected void addImplicitResolvers() {
		}

	}

	/** SnakeYAML's composer, asked for one node at a time instead of a whole document. */
	private static final class PieceComposer extends Composer {

		private final MappingNode parent = new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);

		PieceComposer(Parser parser, LoaderOptions options) {
			super(parser, new PlainResolver(), options);
		}

		Node next() {
			return composeValueNode(parent);
		}

	}

}
