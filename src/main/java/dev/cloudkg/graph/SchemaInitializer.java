package dev.cloudkg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema files ({@code neo4j/migrations/V*.cypher}) at start, in version order. The
 * highest version applied is recorded on a {@code :SchemaVersion} node, and a start applies only the files after
 * it. Every statement is idempotent ({@code IF NOT EXISTS}), so a start that stopped midway is safe to repeat.
 */
@Component
public class SchemaInitializer {

	private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

	private final Graph graph;

	public SchemaInitializer(Graph graph) {
		this.graph = graph;
	}

	public void apply() {
		Resource[] files = schemaFiles();
		Arrays.sort(files, (a, b) -> a.getFilename().compareTo(b.getFilename()));
		// the files up to the version recorded were applied before: a start on an existing graph runs only newer ones
		Object recorded = graph
				.read("OPTIONAL MATCH (v:SchemaVersion {id: 'cloudkg'}) RETURN v.version AS version", Map.of())
				.get(0).get("version").asObject();
		for (Resource file : files) {
			if (recorded instanceof String version && file.getFilename().compareTo(version) <= 0) {
				continue;
			}
			List<String> statements = statements(file);
			// Schema changes may share a transaction with each other, not with data changes.
			graph.write(tx -> {
				statements.forEach(statement -> tx.run(statement, Map.of()));
				return statements.size();
			});
			graph.write(tx -> tx.run("MERGE (v:SchemaVersion {id: 'cloudkg'}) SET v.version = $version",
					Map.of("version", file.getFilename())));
			log.debug("Schema {} applied ({} statements)", file.getFilename(), statements.size());
		}
		graph.write(tx -> tx.run("CALL db.awaitIndexes(300)", Map.of()));
	}

	static List<String> statements(Resource file) {
		try {
			return statements(file.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The statements of a Cypher script: split at each {@code ;} that is code, not inside a string ({@code '…'},
	 * {@code "…"}), a quoted name ({@code `…`}) or a comment ({@code //…}, {@code /* … *}{@code /}), which are
	 * dropped; blank statements are left out.
	 */
	static List<String> statements(String script) {
		List<String> statements = new java.util.ArrayList<>();
		StringBuilder current = new StringBuilder();
		int i = 0;
		while (i < script.length()) {
			char c = script.charAt(i);
			if (c == '/' && i + 1 < script.length() && script.charAt(i + 1) == '/') {
				int end = script.indexOf('\n', i);
				i = (end < 0) ? script.length() : end;
			}
			else if (c == '/' && i + 1 < script.length() && script.charAt(i + 1) == '*') {
				int end = script.indexOf("*/", i + 2);
				i = (end < 0) ? script.length() : end + 2;
				current.append(' ');
			}
			else if (c == '\'' || c == '"' || c == '`') {
				int end = i + 1;
				while (end < script.length() && script.charAt(end) != c) {
					// a backslash escapes the next character in a string; in a quoted name, `` is a backtick
					end += (c != '`' && script.charAt(end) == '\\') ? 2 : 1;
				}
				end = Math.min(end + 1, script.length());
				current.append(script, i, end);
				i = end;
			}
			else if (c == ';') {
				add(statements, current);
				i++;
			}
			else {
				current.append(c);
				i++;
			}
		}
		add(statements, current);
		return List.copyOf(statements);
	}

	private static void add(List<String> statements, StringBuilder current) {
		String statement = current.toString().strip();
		if (!statement.isEmpty()) {
			statements.add(statement);
		}
		current.setLength(0);
	}

	private static Resource[] schemaFiles() {
		try {
			return new PathMatchingResourcePatternResolver().getResources("classpath*:neo4j/migrations/V*.cypher");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
