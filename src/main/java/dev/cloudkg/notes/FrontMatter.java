package dev.cloudkg.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * YAML front matter ({@code ---} on the first line, up to the next {@code ---} or {@code ...}). Markdown
 * reads it as a rule and a heading, so it is cut off before parsing; its lines stay as blank lines so the
 * body keeps its line numbers. Its {@code title}, if any, is the note's title. Never stricter than the apps that
 * render notes: front matter that is not closed is read as markdown (GitHub shows a rule and text), and front
 * matter that is not a YAML map is left out (GitHub and Obsidian show it as a broken properties block); either way
 * the note is read, with a notice naming the line.
 *
 * @param title the front matter's title, or null
 * @param body the markdown with the front matter blanked out
 * @param notice what was wrong with it, or null
 */
record FrontMatter(String title, String body, List<String> aliases, List<String> tags, NoteModel.Notice notice) {

	static FrontMatter of(String[] lines) {
		if (lines.length == 0 || !lines[0].strip().equals("---")) {
			return none(lines, null);
		}
		int end = -1;
		for (int i = 1; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.equals("---") || line.equals("...")) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			return none(lines, new NoteModel.Notice(1, "the note starts with '---' but no closing '---' follows: "
					+ "read as markdown, not as front matter"));
		}
		StringBuilder yaml = new StringBuilder();
		for (int i = 1; i < end; i++) {
			yaml.append(lines[i]).append('\n');
		}
		Object loaded;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			options.setMaxAliasesForCollections(10);
			options.setCodePointLimit(64 * 1024);
			loaded = new Yaml(new SafeConstructor(options)).load(yaml.toString());
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			int line = (mark != null) ? mark.getLine() + 2 : 1;
			return ignored(lines, end, new NoteModel.Notice(line, "the front matter is not valid YAML ("
					+ firstLine(ex.getProblem()) + "): its title, aliases and tags are ignored"));
		}
		catch (YAMLException ex) {
			return ignored(lines, end, new NoteModel.Notice(1, "the front matter is not valid YAML ("
					+ firstLine(ex.getMessage()) + "): its title, aliases and tags are ignored"));
		}
		if (loaded != null && !(loaded instanceof Map)) {
			return ignored(lines, end, new NoteModel.Notice(2, "the front matter is not a map of keys to values "
					+ "(title: ...): it is ignored"));
		}
		Object title = (loaded != null) ? ((Map<?, ?>) loaded).get("title") : null;
		NoteModel.Notice notice = null;
		if (title != null && !(title instanceof String || title instanceof Number)) {
			notice = new NoteModel.Notice(2, "the front matter's 'title' is not text: it is ignored");
		}
		String text = (title instanceof String || title instanceof Number) ? String.valueOf(title).strip() : null;
		Map<?, ?> map = (loaded != null) ? (Map<?, ?>) loaded : Map.of();
		return new FrontMatter((text != null && !text.isEmpty()) ? text : null, blanked(lines, end),
				strings(map, "aliases"),
				strings(map, "tags").stream().map(tag -> tag.startsWith("#") ? tag.substring(1) : tag).toList(),
				notice);
	}

	/** No front matter: the whole text is markdown. */
	private static FrontMatter none(String[] lines, NoteModel.Notice notice) {
		return new FrontMatter(null, String.join("\n", lines), List.of(), List.of(), notice);
	}

	/** Front matter that says nothing usable: left out of the markdown all the same. */
	private static FrontMatter ignored(String[] lines, int end, NoteModel.Notice notice) {
		return new FrontMatter(null, blanked(lines, end), List.of(), List.of(), notice);
	}

	/** The lines with those up to {@code end} (the closing '---') blanked, so the rest keeps its line numbers. */
	private static String blanked(String[] lines, int end) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			body.append((i <= end) ? "" : lines[i]);
			if (i < lines.length - 1) {
				body.append('\n');
			}
		}
		return body.toString();
	}

	/** A key's value as a list of texts: "aliases: [A, B]", "aliases: A", "tags: a, b" (lenient, like note apps). */
	private static List<String> strings(Map<?, ?> map, String key) {
		Object value = map.get(key);
		if (value == null) {
			value = map.get(key.substring(0, key.length() - 1));
		}
		List<String> strings = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.stream().filter(v -> v instanceof String || v instanceof Number)
					.forEach(v -> strings.add(String.valueOf(v).strip()));
		}
		else if (value instanceof String string) {
			for (String part : string.split(key.equals("tags") ? "[,\\s]+" : ",")) {
				if (!part.isBlank()) {
					strings.add(part.strip());
				}
			}
		}
		return List.copyOf(strings);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "not valid YAML";
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

}
