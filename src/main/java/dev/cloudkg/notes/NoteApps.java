package dev.cloudkg.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cloudkg.notes.NoteModel.Block;
import dev.cloudkg.notes.NoteModel.Field;
import dev.cloudkg.notes.NoteModel.Item;
import dev.cloudkg.notes.NoteModel.Link;
import dev.cloudkg.notes.NoteModel.Paragraph;
import dev.cloudkg.notes.NoteModel.Section;
import dev.cloudkg.notes.NoteModel.Table;

/**
 * The syntax note apps add to markdown, read line by line before commonmark sees it (outside fenced code):
 * wikilinks {@code [[Target#heading|shown]]} become the target's name (a mention), embeds {@code ![[…]]} go,
 * callout markers {@code > [!note]} go (the callout is text), {@code #tags} are collected and dropped from
 * the text, Dataview fields {@code key:: value} (a line of their own, a list item, or {@code [key:: value]})
 * become fields. Every line keeps its number.
 *
 * @param markdown the markdown left for commonmark
 * @param links the wikilinks, with their lines
 * @param tags the tags written in the text
 * @param fields the Dataview fields, with their lines
 */
record NoteApps(String markdown, List<Link> links, List<String> tags, List<Field> fields) {

	private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

	private static final Pattern WIKILINK = Pattern
			.compile("(!?)\\[\\[([^\\[\\]|#^]*)([#^][^\\[\\]|]*)?(?:\\|([^\\[\\]]*))?\\]\\]");

	private static final Pattern CALLOUT = Pattern.compile("^(\\s*(?:>\\s*)+)\\[!([\\w-]+)\\][-+]?\\s?");

	private static final Pattern TAG = Pattern.compile("(^|(?<=\\s))#(\\p{L}[\\p{L}\\p{N}_/-]*)");

	private static final Pattern FIELD_LINE = Pattern
			.compile("^(\\s*(?:[-*+]\\s+)?)(\\p{L}[\\p{L}\\p{N} _-]{0,40}?)::\\s*(.*)$");

	private static final Pattern INLINE_FIELD = Pattern
			.compile("[\\[(](\\p{L}[\\p{L}\\p{N} _-]{0,40}?)::\\s*([^\\])]*)[\\])]");

	static NoteApps read(String body) {
		String[] lines = body.split("\n", -1);
		List<Link> links = new ArrayList<>();
		List<String> tags = new ArrayList<>();
		List<Field> fields = new ArrayList<>();
		String fence = null;
		StringBuilder out = new StringBuilder(body.length());
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			int number = i + 1;
			Matcher fenceMatcher = FENCE.matcher(line);
			if (fenceMatcher.find()) {
				String marker = fenceMatcher.group(1);
				if (fence == null) {
					fence = marker.substring(0, 3);
				}
				else if (marker.startsWith(fence)) {
					fence = null;
				}
			}
			else if (fence == null && !line.isBlank()) {
				line = read(line, number, links, tags, fields);
			}
			out.append(line);
			if (i < lines.length - 1) {
				out.append('\n');
			}
		}
		return new NoteApps(out.toString(), List.copyOf(links), List.copyOf(tags), List.copyOf(fields));
	}

	private static String read(String line, int number, List<Link> links, List<String> tags, List<Field> fields) {
		if (line.indexOf("[[") >= 0) {
			Matcher matcher = WIKILINK.matcher(line);
			StringBuilder replaced = new StringBuilder();
			while (matcher.find()) {
				String target = matcher.group(2).strip();
				String shown = (matcher.group(4) != null) ? matcher.group(4).strip() : target;
				String text = matcher.group(1).isEmpty() ? (target.isEmpty() ? shown : target) : "";
				if (!target.isEmpty() && matcher.group(1).isEmpty()) {
					// "[[notes/AWS Lambda]]": the page's name is the last part of its path
					String name = target.substring(target.lastIndexOf('/') + 1);
					links.add(new Link(name, number));
					text = name;
				}
				matcher.appendReplacement(replaced, Matcher.quoteReplacement(text));
			}
			matcher.appendTail(replaced);
			line = replaced.toString();
		}
		Matcher callout = CALLOUT.matcher(line);
		if (callout.find()) {
			line = callout.group(1) + line.substring(callout.end());
		}
		if (line.indexOf("::") >= 0) {
			Matcher field = FIELD_LINE.matcher(line);
			if (field.matches() && !field.group(3).isBlank()) {
				fields.add(new Field(field.group(2).strip(), field.group(3).strip(), number));
				// a field in a list stays an (empty) item, so the list around it keeps its shape
				return field.group(1).isBlank() ? "" : field.group(1).stripTrailing();
			}
			Matcher inline = INLINE_FIELD.matcher(line);
			StringBuilder replaced = new StringBuilder();
			while (inline.find()) {
				fields.add(new Field(inline.group(1).strip(), inline.group(2).strip(), number));
				inline.appendReplacement(replaced, "");
			}
			inline.appendTail(replaced);
			line = replaced.toString();
		}
		if (line.indexOf('#') >= 0 && line.indexOf('`') < 0) {
			Matcher tag = TAG.matcher(line);
			StringBuilder replaced = new StringBuilder();
			boolean any = false;
			while (tag.find()) {
				if (tag.start() == 0 && line.startsWith("#") && isHeadingLike(line)) {
					continue;
				}
				tags.add(tag.group(2));
				tag.appendReplacement(replaced, "");
				any = true;
			}
			tag.appendTail(replaced);
			if (any) {
				line = replaced.toString();
			}
		}
		return line;
	}

	/** "#Lambda is serverless" is no heading in CommonMark, but many apps render it as one: keep it as text. */
	private static boolean isHeadingLike(String line) {
		return line.strip().contains(" ") && !line.strip().matches("(#\\p{L}[\\p{L}\\p{N}_/-]*\\s*)+");
	}

	/** Puts each field in its section, before the first block that starts after it. */
	static List<Section> placeFields(List<Section> sections, List<Field> fields) {
		for (Field field : fields) {
			Section home = sections.get(0);
			for (Section section : sections) {
				if (section.line() <= field.line() && section.heading() != null) {
					home = section;
				}
			}
			List<Block> blocks = home.blocks();
			int at = blocks.size();
			for (int b = 0; b < blocks.size(); b++) {
				if (firstLine(blocks.get(b)) > field.line()) {
					at = b;
					break;
				}
			}
			blocks.add(at, field);
		}
		return sections;
	}

	private static int firstLine(Block block) {
		if (block instanceof Paragraph paragraph) {
			return paragraph.sentences().isEmpty() ? 0 : paragraph.sentences().get(0).line();
		}
		if (block instanceof Item item) {
			return item.line();
		}
		if (block instanceof Table table) {
			return table.line();
		}
		return ((Field) block).line();
	}

}
