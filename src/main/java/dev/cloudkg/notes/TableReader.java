package dev.cloudkg.notes;

import java.util.ArrayList;
import java.util.List;

import dev.cloudkg.language.Phrase;
import dev.cloudkg.language.Words;
import dev.cloudkg.notes.NoteModel.Cell;
import dev.cloudkg.notes.NoteModel.Table;

/**
 * Reads a table. A header that names services gives each column's service its cells' facts ("Batch vs
 * Lambda"); a first column that names services gives each row's service its cells' facts, the header saying
 * what a cell is about ("| Service | Description |" catalogues, cheat sheets); any other table is read row by
 * row as sentences about the section's service. Rows shorter than the header have empty cells (GFM).
 */
final class TableReader {

	/** What ends an answer that comes first in a cell: "No (EC2 launch type)", "Yes - up to 15 min". */
	private static final java.util.regex.Pattern ANSWER_END = java.util.regex.Pattern
			.compile("\\s*[,;(:\u2013\u2014-].*");

	private final NoteContext note;

	private final SentenceReader sentences;

	TableReader(NoteContext note, SentenceReader sentences) {
		this.note = note;
		this.sentences = sentences;
	}

	void table(Table table, String sectionSubject) {
		List<String> columns = new ArrayList<>();
		int serviceColumns = 0;
		for (Cell cell : table.header()) {
			String id = headerName(cell.text());
			columns.add(id);
			if (id != null) {
				serviceColumns++;
			}
		}
		if (serviceColumns >= 2 || serviceColumns == 1 && columns.size() == 2 && columns.get(0) == null) {
			int labelColumn = columns.indexOf(null);
			for (int c = 0; c < columns.size(); c++) {
				if (columns.get(c) != null) {
					note.define(columns.get(c), null, table.line(), table.header().get(c).text());
				}
			}
			for (List<Cell> row : table.rows()) {
				String label = (labelColumn >= 0) ? cell(row, labelColumn).text() : null;
				for (int c = 0; c < columns.size(); c++) {
					if (columns.get(c) != null) {
						cell(columns.get(c), table.header().get(c).text(), label, cell(row, c));
					}
				}
			}
			return;
		}
		int named = 0;
		List<RowName> rowNames = new ArrayList<>(table.rows().size());
		for (List<Cell> row : table.rows()) {
			RowName name = rowName(cell(row, 0));
			rowNames.add(name);
			if (name != null) {
				named++;
			}
		}
		if (named > 0 && named * 2 >= table.rows().size()) {
			for (int r = 0; r < table.rows().size(); r++) {
				List<Cell> row = table.rows().get(r);
				String subject = register(rowNames.get(r), cell(row, 0));
				if (subject == null) {
					continue;
				}
				for (int c = 1; c < table.header().size(); c++) {
					cell(subject, cell(row, 0).text(), table.header().get(c).text(), cell(row, c));
				}
			}
			return;
		}
		// a table of properties or notes: each row is a sentence about the section's service
		for (List<Cell> row : table.rows()) {
			for (int c = 0; c < table.header().size(); c++) {
				Cell cell = cell(row, c);
				if (!cell.text().isBlank()) {
					String label = table.header().get(c).text();
					String text = label.isBlank() ? cell.text() : label + ": " + cell.text();
					sentences.sentence(text, cell.line(), sectionSubject, false, text);
				}
			}
		}
	}

	/** The cell of a column; an empty one where the row is shorter than the header. */
	private static Cell cell(List<Cell> row, int column) {
		if (column < row.size()) {
			return row.get(column);
		}
		int line = row.isEmpty() ? 0 : row.get(0).line();
		return new Cell("", line);
	}

	/** A header cell naming a service, maybe with a qualifier after it in lower case: "ECS on EC2". */
	private String headerName(String text) {
		String id = note.wholeName(NameParts.of(text).name());
		if (id != null) {
			return id;
		}
		Words words = Words.of(text);
		Names.Found found = words.isEmpty() ? null : note.names.at(words, 0);
		return (found != null && found.end() < words.size() && !words.get(found.end()).capitalised())
				? found.id()
				: null;
	}

	/** @param known the service's id, or null for a product-shaped name nobody declared */
	private record RowName(NameParts parts, String known) {
	}

	/** The service a row's first cell names: a known one, or a product-shaped new name; else null. */
	private RowName rowName(Cell cell) {
		NameParts parts = NameParts.of(cell.text());
		String id = note.wholeName(parts.name());
		if (id == null && parts.paren() != null) {
			id = note.wholeName(parts.paren());
		}
		if (id != null) {
			return new RowName(parts, id);
		}
		Words words = Words.of(parts.name());
		if (!words.isEmpty() && words.size() <= 4 && WordChecks.allCapitalised(words)
				&& !note.names.isNotName(parts.name())
				&& (WordChecks.anyNameLike(words) || note.names.isPrefix(words.get(0).norm()))
				&& !note.grammar.isConcept(words)) {
			return new RowName(parts, null);
		}
		return null;
	}

	/** The row's service, defined or introduced by the note; null when it names none. */
	private String register(RowName name, Cell cell) {
		if (name == null) {
			return null;
		}
		if (name.known() != null) {
			return note.define(name.known(), null, cell.line(), cell.text()).id;
		}
		return note.newService(name.parts(), cell.line(), cell.text(), null,
				"line " + cell.line() + " lists it as a product name in a table of services");
	}

	/** One table cell about {@code subject}; {@code label} is what the row or column asks ("Time limit"). */
	private void cell(String subject, String name, String label, Cell cell) {
		String text = cell.text();
		if (text.isBlank()) {
			return;
		}
		Words words = Words.of(text);
		String source = name + ": " + ((label != null && !label.isBlank()) ? label + " — " : "") + text;
		boolean yes = PhraseBook.whole(words, 0, words.size(), note.book.affirmative)
				|| words.isEmpty() && isTick(text, true);
		boolean no = PhraseBook.whole(words, 0, words.size(), note.book.negative)
				|| words.isEmpty() && isTick(text, false);
		// "No (EC2 launch type)", "none, runs until stopped", "Yes - up to 15 min": the answer comes first
		yes = yes || answerFirst(words, note.book.affirmative) && !answerFirst(words, note.book.negative);
		no = no || answerFirst(words, note.book.negative);
		if (label != null && !label.isBlank() && (yes || no)) {
			sentences.sentence(label, cell.line(), subject, no, source);
		}
		else if (label != null && !label.isBlank()) {
			sentences.sentence(label + ": " + text, cell.line(), subject, false, source);
		}
		else if (!no) {
			sentences.sentence(text, cell.line(), subject, false, source);
		}
	}

	private static boolean answerFirst(Words words, List<Phrase> answers) {
		for (int k = Math.min(3, words.size()); k >= 1; k--) {
			if (PhraseBook.whole(words, 0, k, answers)
					&& (k == words.size() || ANSWER_END.matcher(words.between(k - 1, k)).matches())) {
				return true;
			}
		}
		return false;
	}

	/** Cells holding only a symbol (✓, ✗) have no words: compare them as written. */
	private boolean isTick(String text, boolean yes) {
		List<String> ticks = yes ? note.vocabulary.phrases().affirmative() : note.vocabulary.phrases().negative();
		return ticks.contains(text.strip());
	}

}
