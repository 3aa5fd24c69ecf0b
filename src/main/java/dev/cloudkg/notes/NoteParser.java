package dev.cloudkg.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.cloudkg.notes.NoteModel.Block;
import dev.cloudkg.notes.NoteModel.Cell;
import dev.cloudkg.notes.NoteModel.Item;
import dev.cloudkg.notes.NoteModel.Paragraph;
import dev.cloudkg.notes.NoteModel.Section;
import dev.cloudkg.notes.NoteModel.Sentence;
import dev.cloudkg.notes.NoteModel.Table;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads markdown with commonmark-java (GFM tables) into a {@link NoteModel}: sections by heading,
 * paragraphs cut into sentences, list items with their depth, tables with their cells, each with its
 * line. Code blocks, HTML and images carry no facts and are skipped. Tables are read as GFM reads them: a
 * row with fewer cells than the header gets empty cells, extra cells are ignored, and a warning names the
 * line. Note-app syntax is read first ({@link NoteApps}): wikilinks, callouts, tags and Dataview fields.
 */
final class NoteParser {

	private static final Parser PARSER = Parser.builder()
			.extensions(List.of(TablesExtension.create()))
			.includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
			.build();

	private final String file;

	private List<NoteModel.Notice> notices = new ArrayList<>();

	NoteParser(String file) {
		this.file = file;
	}

	NoteModel parse(String markdown) {
		// commonmark ends a line at \r\n, \r or \n: count lines the same way so row checks read the right line
		String[] lines = markdown.split("\r\n|\r|\n", -1);
		FrontMatter front = FrontMatter.of(lines);
		NoteApps apps = NoteApps.read(front.body());
		notices = new ArrayList<>();
		if (front.notice() != null) {
			notices.add(front.notice());
		}
		Node document = PARSER.parse(apps.markdown());
		List<Section> sections = new ArrayList<>();
		String title = null;
		int titleLine = 1;
		Section current = new Section(0, null, 1, new ArrayList<>());
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Heading heading) {
				String text = plain(heading).text().strip();
				int line = line(heading, 1);
				if (heading.getLevel() == 1 && title == null && sections.isEmpty() && current.blocks().isEmpty()) {
					title = text;
					titleLine = line;
					continue;
				}
				sections.add(current);
				current = new Section(Math.max(2, heading.getLevel()), text, line, new ArrayList<>());
				continue;
			}
			blocks(node, current.blocks(), 0, lines);
		}
		sections.add(current);
		sections = NoteApps.placeFields(sections, apps.fields());
		NoteModel.Front extra = new NoteModel.Front(front.aliases(), concat(front.tags(), apps.tags()));
		return (front.title() != null)
				? new NoteModel(front.title(), 1, List.copyOf(sections), extra, apps.links(), List.copyOf(notices))
				: new NoteModel(title, titleLine, List.copyOf(sections), extra, apps.links(), List.copyOf(notices));
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		b.stream().filter(tag -> !all.contains(tag)).forEach(all::add);
		return List.copyOf(all);
	}

	private void blocks(Node node, List<Block> into, int depth, String[] lines) {
		if (node instanceof org.commonmark.node.Paragraph paragraph) {
			List<Sentence> sentences = Sentences.of(plain(paragraph));
			if (!sentences.isEmpty()) {
				String lead = (paragraph.getFirstChild() instanceof StrongEmphasis strong)
						? plain(strong).text().strip()
						: null;
				into.add(new Paragraph(sentences, lead));
			}
		}
		else if (node instanceof ListBlock list) {
			for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
				if (item instanceof ListItem listItem) {
					item(listItem, into, depth, lines);
				}
			}
		}
		else if (node instanceof BlockQuote quote) {
			for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
				blocks(child, into, depth, lines);
			}
		}
		else if (node instanceof TableBlock table) {
			into.add(table(table, lines));
		}
		// code, HTML, thematic breaks and link definitions state no facts
	}

	private void item(ListItem item, List<Block> into, int depth, String[] lines) {
		List<Sentence> sentences = new ArrayList<>();
		String text = null;
		List<Node> nested = new ArrayList<>();
		for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof org.commonmark.node.Paragraph paragraph) {
				Located plain = plain(paragraph);
				if (text == null) {
					text = plain.text().strip();
				}
				sentences.addAll(Sentences.of(plain));
			}
			else if (child instanceof Heading heading && text == null) {
				// Logseq writes headings as bullets: "- # S3"
				text = plain(heading).text().strip();
			}
			else {
				nested.add(child);
			}
		}
		into.add(new Item(depth, (text != null) ? text : "", line(item, 1), List.copyOf(sentences)));
		for (Node child : nested) {
			blocks(child, into, depth + 1, lines);
		}
	}

	private Table table(TableBlock table, String[] lines) {
		List<Cell> header = List.of();
		List<List<Cell>> rows = new ArrayList<>();
		for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
			for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
				if (!(row instanceof TableRow)) {
					continue;
				}
				int line = line(row, line(table, 1));
				List<Cell> cells = new ArrayList<>();
				for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
					if (cell instanceof TableCell) {
						cells.add(new Cell(plain(cell).text().strip(), line));
					}
				}
				if (part instanceof TableHead) {
					header = List.copyOf(cells);
				}
				else {
					int written = cellCount(lines, line);
					if (written >= 0 && written != header.size()) {
						notices.add(new NoteModel.Notice(line,
								"this table row has " + written + " cells but the header on line "
										+ line(table, 1) + " has " + header.size() + "; read as GFM does ("
										+ ((written < header.size()) ? "missing cells empty" : "extra cells ignored")
										+ ")"));
					}
					while (cells.size() < header.size()) {
						cells.add(new Cell("", line));
					}
					while (cells.size() > header.size() && !header.isEmpty()) {
						cells.remove(cells.size() - 1);
					}
					rows.add(List.copyOf(cells));
				}
			}
		}
		return new Table(header, List.copyOf(rows), line(table, 1));
	}

	/** Cells as written on the line (commonmark pads or cuts ragged rows silently), -1 when unknown. */
	static int cellCount(String[] lines, int line) {
		if (line < 1 || line > lines.length) {
			return -1;
		}
		String row = lines[line - 1].strip();
		boolean code = false;
		int count = 1;
		for (int i = 0; i < row.length(); i++) {
			char c = row.charAt(i);
			if (c == '\\') {
				i++;
				continue;
			}
			if (c == '`') {
				code = !code;
			}
			if (c == '|' && !code && i > 0 && i < row.length() - 1) {
				count++;
			}
		}
		return count;
	}

	/** The 1-based line a node starts on. */
	private static int line(Node node, int fallback) {
		List<SourceSpan> spans = node.getSourceSpans();
		return spans.isEmpty() ? fallback : spans.get(0).getLineIndex() + 1;
	}

	/** A node's text without markup, and the line of every character of it. */
	private static Located plain(Node node) {
		Located located = new Located();
		append(node, located, line(node, 1));
		return located;
	}

	private static int append(Node node, Located into, int line) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			int at = line(child, line);
			if (child instanceof Text text) {
				into.add(text.getLiteral(), at);
			}
			else if (child instanceof Code code) {
				into.add(code.getLiteral(), at);
			}
			else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
				into.add("\n", at);
				at = line + 1;
			}
			else if (!(child instanceof HtmlInline) && !(child instanceof Image)) {
				at = append(child, into, at);
			}
			line = at;
		}
		return line;
	}

}
