package dev.cloudkg.facts;

import java.io.CharArrayReader;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML parser that expands aliases: {@code *name} reads as a copy of the node {@code &name} marks (YAML 1.2
 * §3.2.2.2, §7.1), which Jackson does not do (it reads an alias as the text {@code name}). It works on SnakeYAML's
 * events, below Jackson's tokens, because Jackson does not report the anchor of a scalar. An aliased node's tokens
 * are located at the alias, so an error inside one names the line that used it.
 * <p>
 * Only anchored nodes are kept, each event once (a node inside another, or an alias inside one, is kept as a
 * reference), so memory grows with what the file anchors, not with how often it is used. An alias that would make
 * the document expand to more than {@value #MAX_EXPANDED} tokens is refused: a few lines of nested aliases
 * ("billion laughs") could otherwise stand for more than any memory holds.
 */
final class AliasExpandingParser extends YAMLParser {

	/** The most tokens aliases may add to one document. */
	static final int MAX_EXPANDED = 100_000;

	/** The anchors seen so far in the document, by name; a later anchor of the same name replaces the earlier. */
	private final Map<String, Node> anchors = new HashMap<>();

	/** The anchored collections being read, innermost last. */
	private final Deque<Node> open = new ArrayDeque<>();

	/** What is being replayed, innermost node last. */
	private final Deque<Iterator<Object>> replay = new ArrayDeque<>();

	/** The alias being replayed, whose place the replayed tokens take; null when reading the file itself. */
	private AliasEvent replaying;

	private long expanded;

	private AliasExpandingParser(ObjectReadContext readContext, IOContext ioContext, Factory factory,
			Reader reader) {
		super(readContext, ioContext, factory._getBufferRecycler(),
				readContext.getStreamReadFeatures(factory.features()),
				readContext.getFormatReadFeatures(factory.getFormatReadFeatures()), factory.loadSettings(), reader);
	}

	@Override
	protected Event nextEvent() {
		Event event = replayed();
		if (event != null) {
			return event;
		}
		replaying = null;
		event = super.nextEvent();
		if (event == null) {
			return null;
		}
		switch (event.getEventId()) {
			case DocumentStart -> {
				anchors.clear();
				expanded = 0;
			}
			case Alias -> {
				return expand((AliasEvent) event);
			}
			default -> record(event);
		}
		return event;
	}

	@Override
	public TokenStreamLocation currentTokenLocation() {
		return (replaying != null) ? _locationFor(replaying.getStartMark()) : super.currentTokenLocation();
	}

	@Override
	public TokenStreamLocation currentLocation() {
		return (replaying != null) ? _locationFor(replaying.getEndMark()) : super.currentLocation();
	}

	private Event replayed() {
		while (!replay.isEmpty()) {
			Iterator<Object> pieces = replay.peekLast();
			if (!pieces.hasNext()) {
				replay.removeLast();
				continue;
			}
			Object piece = pieces.next();
			if (piece instanceof Node node) {
				replay.addLast(node.pieces.iterator());
			}
			else {
				return (Event) piece;
			}
		}
		return null;
	}

	private Event expand(AliasEvent alias) {
		String name = alias.getAlias().getValue();
		Node node = anchors.get(name);
		TokenStreamLocation at = _locationFor(alias.getStartMark());
		if (node == null) {
			throw new Refused(this, "alias *" + name + " names no anchor before it", at);
		}
		if (open.contains(node)) {
			throw new Refused(this,
					"alias *" + name + " is inside the node &" + name + " marks, which cannot contain itself", at);
		}
		if (expanded + node.size > MAX_EXPANDED) {
			throw new Refused(this, "alias *" + name + " would expand the document to more than " + MAX_EXPANDED
					+ " values; aliases of aliases multiply (write fewer levels)", at);
		}
		expanded += node.size;
		if (!open.isEmpty()) {
			open.peekLast().add(node, node.size);
		}
		replaying = alias;
		replay.addLast(node.pieces.iterator());
		return replayed();
	}

	/** Keeps the event if it is part of an anchored node. */
	private void record(Event event) {
		Anchor anchor = (event instanceof NodeEvent node) ? node.getAnchor().orElse(null) : null;
		Event.ID id = event.getEventId();
		boolean start = id == Event.ID.MappingStart || id == Event.ID.SequenceStart;
		if (anchor != null) {
			Node node = new Node();
			node.add(event, 1);
			if (!open.isEmpty()) {
				open.peekLast().add(node, 0);
			}
			anchors.put(anchor.getValue(), node);
			if (start) {
				node.depth = 1;
				open.addLast(node);
			}
			else {
				closed(node);
			}
			return;
		}
		Node top = open.peekLast();
		if (top == null) {
			return;
		}
		top.add(event, 1);
		if (start) {
			top.depth++;
		}
		else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
			top.depth--;
			if (top.depth == 0) {
				closed(open.removeLast());
			}
		}
	}

	/** A node is read to its end: it counts in the size of the node around it. */
	private void closed(Node node) {
		Node parent = open.peekLast();
		if (parent != null) {
			parent.grow(node.size);
		}
	}

	/** An anchored node: its events, with the nodes inside it as references, and how many tokens it stands for. */
	private static final class Node {

		/** Events and nodes; null once the node is too large for any alias to use. */
		private List<Object> pieces = new ArrayList<>();

		private long size;

		private int depth;

		void add(Object piece, long pieceSize) {
			if (pieces != null) {
				pieces.add(piece);
			}
			grow(pieceSize);
		}

		void grow(long by) {
			size = Math.min(size + by, MAX_EXPANDED + 1L);
			if (size > MAX_EXPANDED) {
				// no alias may expand it: keeping it would only hold memory (a whole anchored services list)
				pieces = null;
			}
		}

	}

	/** An alias that cannot be expanded, with the alias's location. */
	static final class Refused extends StreamReadException {

		Refused(YAMLParser parser, String message, TokenStreamLocation location) {
			super(parser, message, location);
		}

	}

	/** Makes {@link AliasExpandingParser}s for a {@code YAMLFactory}'s settings. */
	static final class Factory extends YAMLFactory {

		Factory(YAMLFactoryBuilder builder) {
			super(builder);
		}

		@Override
		public Factory copy() {
			return new Factory(rebuild());
		}

		@Override
		protected YAMLParser _createParser(ObjectReadContext readContext, IOContext ioContext, Reader reader) {
			return new AliasExpandingParser(readContext, ioContext, this, reader);
		}

		@Override
		protected YAMLParser _createParser(ObjectReadContext readContext, IOContext ioContext, InputStream in) {
			return new AliasExpandingParser(readContext, ioContext, this, _createReader(in, null, ioContext));
		}

		@Override
		protected YAMLParser _createParser(ObjectReadContext readContext, IOContext ioContext, char[] data,
				int offset, int length, boolean recyclable) {
			return new AliasExpandingParser(readContext, ioContext, this, new CharArrayReader(data, offset, length));
		}

		@Override
		protected YAMLParser _createParser(ObjectReadContext readContext, IOContext ioContext, byte[] data,
				int offset, int length) {
			return new AliasExpandingParser(readContext, ioContext, this,
					_createReader(data, offset, length, null, ioContext));
		}

		private int features() {
			return _streamReadFeatures;
		}

		private LoadSettings loadSettings() {
			return _loadSettings;
		}

	}

}
