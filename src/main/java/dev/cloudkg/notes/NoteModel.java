package dev.cloudkg.notes;

import java.util.List;

/**
 * A note as the extractor reads it: its title and its sections in order, each holding paragraphs cut
 * into sentences, list items and tables, all with the line they come from.
 *
 * @param title the first level-1 heading (or the front matter's title), or null
 * @param titleLine the line of the title
 * @param sections the sections in document order; text before the first heading is a section without heading
 */
record NoteModel(String title, int titleLine, List<Section> sections) {

	/**
	 * @param level heading level (1–6), 0 for text before the first heading
	 * @param heading the heading's text, or null
	 * @param line the heading's line
	 * @param blocks its paragraphs, list items and tables, up to the next heading
	 */
	record Section(int level, String heading, int line, List<Block> blocks) {
	}

	/** A paragraph, list item or table. */
	sealed interface Block permits Paragraph, Item, Table {
	}

	/** @param sentences its sentences */
	record Paragraph(List<Sentence> sentences) implements Block {
	}

	/**
	 * A list item's own text (nested items follow as items of their own).
	 *
	 * @param depth 0 for a top-level item
	 * @param text the item's first paragraph as plain text
	 * @param line where it starts
	 * @param sentences all of its own paragraphs cut into sentences
	 */
	record Item(int depth, String text, int line, List<Sentence> sentences) implements Block {
	}

	/**
	 * @param header the header cells
	 * @param rows the body rows
	 * @param line the header's line
	 */
	record Table(List<Cell> header, List<List<Cell>> rows, int line) implements Block {
	}

	/** @param text plain text @param line its line */
	record Cell(String text, int line) {
	}

	/** @param text plain text @param line the line it starts on */
	record Sentence(String text, int line) {
	}

}
