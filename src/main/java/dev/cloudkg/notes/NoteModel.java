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
record NoteModel(String title, int titleLine, List<Section> sections, Front front, List<Link> links,
		List<Notice> notices) {

	NoteModel(String title, int titleLine, List<Section> sections) {
		this(title, titleLine, sections, Front.NONE, List.of(), List.of());
	}

	/**
	 * What the front matter says beyond the title.
	 *
	 * @param aliases other names of the note's subject ({@code aliases:})
	 * @param tags its tags ({@code tags:}), without "#"
	 */
	record Front(List<String> aliases, List<String> tags) {

		static final Front NONE = new Front(List.of(), List.of());

	}

	/**
	 * A wikilink {@code [[Target|shown text]]}: an explicit mention of what it links to.
	 *
	 * @param target the page linked to, without "#heading"
	 * @param line where it is written
	 */
	record Link(String target, int line) {
	}

	/** Something the reader of the markdown noticed and went past (a ragged table row): a warning. */
	record Notice(int line, String message) {
	}

	/**
	 * @param level heading level (1–6), 0 for text before the first heading
	 * @param heading the heading's text, or null
	 * @param line the heading's line
	 * @param blocks its paragraphs, list items and tables, up to the next heading
	 */
	record Section(int level, String heading, int line, List<Block> blocks) {
	}

	/** A paragraph, list item or table. */
	sealed interface Block permits Paragraph, Item, Table, Field {
	}

	/**
	 * @param sentences its sentences
	 * @param lead the bold text it starts with ("**VPC**: …"), or null
	 */
	record Paragraph(List<Sentence> sentences, String lead) implements Block {

		Paragraph(List<Sentence> sentences) {
			this(sentences, null);
		}

	}

	/**
	 * A Dataview inline field {@code key:: value} on a line of its own (or in a list item).
	 *
	 * @param key as written ("time-limit")
	 * @param value as written ("15 minutes", "[[EC2]]" already read as "EC2")
	 * @param line its line
	 */
	record Field(String key, String value, int line) implements Block {
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
