package dev.cloudkg.facts;

import java.lang.reflect.RecordComponent;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.cloudkg.facts.FactsFileFormat.Fact;
import dev.cloudkg.facts.FactsFileFormat.Source;
import dev.cloudkg.facts.FactsFileFormat.Targets;
import dev.cloudkg.facts.FactsFileFormat.Text;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns what Jackson and SnakeYAML throw while reading a facts file into a {@link FactsFormatException} that
 * names the file, the line and what was expected, in the words of {@code graph-seed/README.md}: a user's mistake
 * is never a stack trace.
 */
final class YamlFailures {

	/** How each record of the format is named in errors. */
	private static final Map<Class<?>, String> NAMES = Map.of(FactsFileFormat.Service.class, "a service",
			FactsFileFormat.ValueFields.class, "a fact", FactsFileFormat.TargetFields.class, "a relation target",
			FactsFileFormat.SourceFields.class, "a source");

	private YamlFailures() {
	}

	/**
	 * @param section the part of the file being read when it failed, named where Jackson's path is empty
	 * @param line the line to name when neither Jackson nor SnakeYAML knows one
	 */
	static FactsFormatException of(String file, JacksonException ex, String section, int line) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof FactsFormatException format) {
				// ours, thrown from below the parser (the size limit)
				return format;
			}
			if (cause instanceof CharacterCodingException) {
				return new FactsFormatException(file, line, "not UTF-8 text");
			}
			if (cause instanceof MarkedYamlEngineException marked) {
				int at = marked.getProblemMark().map(mark -> mark.getLine() + 1).orElse(line);
				return new FactsFormatException(file, at, "not valid YAML: " + marked.getProblem());
			}
		}
		int at = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) ? ex.getLocation().getLineNr() : line;
		if (ex instanceof AliasExpandingParser.Refused) {
			return new FactsFormatException(file, at, ex.getOriginalMessage());
		}
		if (ex instanceof UnrecognizedPropertyException unknown && !ex.getPath().isEmpty()) {
			List<JacksonException.Reference> path = ex.getPath();
			Object from = path.get(path.size() - 1).from();
			Class<?> owner = (from instanceof Class<?> type) ? type : from.getClass();
			String where = where(path.subList(0, path.size() - 1));
			return new FactsFormatException(file, at, "unknown field '" + unknown.getPropertyName() + "' of "
					+ NAMES.getOrDefault(owner, "a mapping") + (where.isEmpty() ? "" : " (" + where + ")")
					+ "; expected one of "
					+ known(owner));
		}
		if (ex instanceof MismatchedInputException mismatch) {
			String where = where(ex.getPath());
			return new FactsFormatException(file, at,
					"expected " + expected(mismatch.getTargetType()) + " for " + (where.isEmpty() ? section : where));
		}
		return new FactsFormatException(file, at, "not valid YAML: " + ex.getOriginalMessage());
	}

	/** Jackson's path as the file writes it: {@code relations.RUNS_ON[1]}. */
	private static String where(List<JacksonException.Reference> path) {
		StringBuilder where = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				where.append(where.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				where.append('[').append(reference.getIndex()).append(']');
			}
		}
		return where.toString();
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "another value";
		}
		if (type == Text.class || type == String.class) {
			return "a single value";
		}
		if (type == Fact.class) {
			return "a single value or a mapping {value, source, note}";
		}
		if (type == Source.class) {
			return "a title or a mapping {title, url}";
		}
		if (Collection.class.isAssignableFrom(type) || type == Targets.class) {
			return "a list";
		}
		return "a mapping (key: value lines)";
	}

	/** The keys a record of the format has. */
	private static String known(Class<?> owner) {
		if (!owner.isRecord()) {
			return "the keys of graph-seed/README.md";
		}
		return Arrays.stream(owner.getRecordComponents())
				.map(RecordComponent::getName)
				.filter(name -> !name.equals("unknown"))
				.sorted()
				.collect(Collectors.joining(", "));
	}

}
