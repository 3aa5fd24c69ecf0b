package dev.cloudkg.notes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.cloudkg.language.Words;
import dev.cloudkg.notes.NoteModel.Block;
import dev.cloudkg.notes.NoteModel.Field;
import dev.cloudkg.notes.NoteModel.Item;
import dev.cloudkg.notes.NoteModel.Paragraph;
import dev.cloudkg.notes.NoteModel.Section;
import dev.cloudkg.notes.NoteModel.Sentence;
import dev.cloudkg.notes.NoteModel.Table;

/**
 * Reads a section's blocks in order, each about the right service: a paragraph's sentences about the
 * section's service (or the service a sentence names, for the "It …" that follows; or the one a
 * "**VPC**: …" paragraph defines), a list item's about the service it defines, a table's by its header,
 * a Dataview field ({@code serverless:: true}) about the section's service.
 */
final class BlockReader {

	private final NoteContext note;

	private final SentenceReader sentences;

	private final TableReader tables;

	BlockReader(NoteContext note, SentenceReader sentences) {
		this.note = note;
		this.sentences = sentences;
		this.tables = new TableReader(note, sentences);
	}

	/**
	 * @param own the section's heading names its service ("## Systems Manager"), so a service a list item in
	 * it defines ("- Parameter Store: …") is listed under it: RELATED_TO
	 */
	void read(Section section, String sectionSubject, boolean own) {
		String itemSubject = null;
		String listSubject = null;
		boolean itemDefines = false;
		// in a section whose heading names no service, an item that names none goes on about the one before
		boolean carries = sectionSubject == null
				&& (section.heading() == null || note.namedIn(Words.of(section.heading())).isEmpty());
		String carried = null;
		for (Block block : section.blocks()) {
			if (block instanceof Paragraph paragraph) {
				// "cloud storage" on a line of its own, then a list: the list is about it
				itemSubject = named(paragraph);
				if (itemSubject == null) {
					paragraph(paragraph, sectionSubject);
				}
				listSubject = itemSubject;
			}
			else if (block instanceof Item item) {
				if (item.depth() == 0) {
					itemSubject = definedBy(item.text());
					if (itemSubject == null) {
						itemSubject = wholly(item.text(), item.line(), false);
					}
					itemDefines = itemSubject != null;
					if (own && itemDefines && sectionSubject != null && !itemSubject.equals(sectionSubject)) {
						sentences.relateToContext(sectionSubject, List.of(itemSubject), "listed under", item.line(),
								item.text());
					}
					if (itemSubject == null) {
						itemSubject = listSubject;
					}
				}
				String subject = (itemSubject != null) ? itemSubject : sectionSubject;
				List<Sentence> all = item.sentences();
				String previous = (subject == null && carries) ? carried : null;
				for (int i = 0; i < all.size(); i++) {
					String text = all.get(i).text();
					if (i == 0 && item.depth() == 0 && itemDefines) {
						Definition definition = Definition.of(text);
						text = (definition != null) ? definition.rest() : "";
					}
					if (!text.isBlank()) {
						Words words = Words.of(text);
						String context = continues(words, previous, subject) ? previous : subject;
						List<String> leading = sentences.sentence(text, all.get(i).line(), context, false,
								all.get(i).text());
						if (i == 0 && !itemDefines) {
							sentences.relateToContext(subject, leading, text, all.get(i).line(), all.get(i).text());
						}
						previous = running(words, leading, previous);
					}
				}
				carried = previous;
				if (item.depth() == 0 && itemSubject == null && !itemDefines) {
					// "- Q: EventBridge in one sentence?" with the answer nested under it: the answer is about it
					itemSubject = previous;
				}
			}
			else if (block instanceof Table table) {
				tables.table(table, sectionSubject);
			}
			else if (block instanceof Field field) {
				field(field, (itemSubject != null) ? itemSubject : sectionSubject);
			}
		}
	}

	private void paragraph(Paragraph paragraph, String sectionSubject) {
		// "AWS Lambda is serverless. It runs for up to 15 minutes.": "It" is still Lambda
		String previous = null;
		String defined = null;
		List<Sentence> all = paragraph.sentences();
		for (int i = 0; i < all.size(); i++) {
			Sentence sentence = all.get(i);
			String text = sentence.text();
			if (i == 0) {
				defined = definedBy(text);
				Definition definition = Definition.of(text);
				if (definition != null && (defined != null || definition.name().equals(paragraph.lead()))) {
					// "**Multi-AZ**: RDS can …": a bold label that names no service leaves the rest to speak for itself
					text = definition.rest();
				}
			}
			String context = (defined != null) ? defined : sectionSubject;
			Words words = Words.of(text);
			List<String> named = sentences.sentence(text, sentence.line(),
					continues(words, previous, context)
							? previous
							: context,
					false, sentence.text());
			previous = running(words, named, previous);
		}
	}

	/**
	 * Whether a sentence is about the service the sentence before was about: it starts with a pronoun ("It
	 * runs …"), or it names no service and nothing else gives it one ("Standard workflows can run for a year"),
	 * unless it opens as a remark ("Note that retention is not a time limit").
	 */
	private boolean continues(Words words, String previous, String context) {
		if (previous == null || words.isEmpty()) {
			return false;
		}
		String first = words.get(0).norm();
		return note.grammar.pronouns.contains(first)
				|| context == null && !note.grammar.remarks.contains(first) && note.namedIn(words).isEmpty();
	}

	/**
	 * The service the next sentence's "It" means: the one this sentence starts with, else the only one it
	 * names ("Our first try was Azure Functions. It worked …"); several leave none, none leave the last.
	 */
	private String running(Words words, List<String> leading, String previous) {
		if (leading.size() == 1) {
			return leading.get(0);
		}
		if (!leading.isEmpty()) {
			return null;
		}
		Set<String> named = note.namedIn(words);
		return (named.size() == 1) ? named.iterator().next() : named.isEmpty() ? previous : null;
	}

	/** A paragraph that is only a service's name, mentioned; else null. */
	private String named(Paragraph paragraph) {
		if (paragraph.sentences().size() != 1) {
			return null;
		}
		Sentence only = paragraph.sentences().get(0);
		return wholly(only.text(), only.line(), true);
	}

	/** The service a text names and nothing else ("S3", "- # S3", "cloud storage"), or null. */
	private String wholly(String text, int line, boolean anyCase) {
		String name = NameParts.of(text).name();
		String id = anyCase ? note.wholeLineName(name) : note.wholeName(name);
		return (id != null) ? note.mention(id, line, text) : null;
	}

	/** The service a "Name: description" text defines, when discovery took it as one. */
	private String definedBy(String text) {
		Definition definition = Definition.of(text);
		if (definition == null) {
			return null;
		}
		NameParts parts = NameParts.of(definition.name());
		String id = note.wholeName(parts.name());
		if (id == null && parts.paren() != null) {
			id = note.wholeName(parts.paren());
		}
		return (id != null && note.drafts.containsKey(id)) ? id : null;
	}

	/**
	 * {@code serverless:: true}, {@code time-limit:: 15 minutes}, {@code runs-on:: [[EC2]]}: the key read as
	 * the vocabulary's phrase, the value as what it says; "false"/"no" negates.
	 */
	private void field(Field field, String subject) {
		String key = field.key().replace('-', ' ').replace('_', ' ').strip();
		String value = field.value().strip();
		String source = field.key() + ":: " + field.value();
		Words valueWords = Words.of(value);
		boolean yes = PhraseBook.whole(valueWords, 0, valueWords.size(), note.book.affirmative);
		boolean no = PhraseBook.whole(valueWords, 0, valueWords.size(), note.book.negative);
		if (yes || no) {
			sentences.sentence(key, field.line(), subject, no, source);
		}
		else if (key.toLowerCase(Locale.ROOT).equals("aliases") || key.toLowerCase(Locale.ROOT).equals("alias")) {
			return;
		}
		else {
			sentences.sentence(key + " " + value, field.line(), subject, false, source);
		}
	}

}
