package dev.cloudkg.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.cloudkg.language.Words;
import dev.cloudkg.notes.NoteModel.Block;
import dev.cloudkg.notes.NoteModel.Item;
import dev.cloudkg.notes.NoteModel.Paragraph;
import dev.cloudkg.notes.NoteModel.Section;
import dev.cloudkg.notes.NoteModel.Sentence;

/**
 * Finds the services a note introduces before any fact is read: the title's service, headings that name
 * one, "Name: description" items and paragraphs, and the subject of every section.
 */
final class ServiceDiscovery {

	private final NoteContext note;

	private final Set<String> topicWords;

	private final Set<String> comparisonWords;

	ServiceDiscovery(NoteContext note, Set<String> topicWords, Set<String> comparisonWords) {
		this.note = note;
		this.topicWords = topicWords;
		this.comparisonWords = comparisonWords;
	}

	void discover() {
		String titleSubject = titleSubject();
		List<Integer> levels = new ArrayList<>();
		for (Section section : note.model.sections()) {
			String subject = null;
			if (section.heading() != null) {
				subject = headingSubject(section);
				if (subject != null && !isTopic(section.heading()) && !topicOfNamed) {
					note.ownSections.add(note.sectionSubjects.size());
				}
				if (subject == null) {
					subject = inherited(section.level(), levels);
				}
			}
			if (subject == null) {
				// "Lambda cheat-sheet": what no section claims is about the service the title names
				subject = titleSubject;
			}
			note.sectionSubjects.add(subject);
			levels.add(section.level());
			List<Block> blocks = section.blocks();
			for (int b = 0; b < blocks.size(); b++) {
				if (blocks.get(b) instanceof Item item && item.depth() == 0) {
					itemSubject(item, section, nestedText(blocks, b));
				}
				else if (blocks.get(b) instanceof Paragraph paragraph && !paragraph.sentences().isEmpty()) {
					if (paragraph.sentences().size() == 1) {
						// "dataflow" on a line of its own: the note's own name for it, also in its lower-case prose
						note.wholeLineName(NameParts.of(paragraph.sentences().get(0).text()).name());
					}
					paragraphSubject(paragraph, section);
				}
			}
		}
	}

	/** A section opened by a service's heading describes that service. */
	void describeSections() {
		for (int i = 0; i < note.model.sections().size(); i++) {
			String subject = note.sectionSubjects.get(i);
			if (subject != null && note.ownSections.contains(i) && note.drafts.containsKey(subject)
					&& note.drafts.get(subject).description == null) {
				note.drafts.get(subject).description = describe(note.model.sections().get(i));
			}
		}
	}

	/** The text of the items nested under the item at {@code index}, joined: a summary for "- Fargate:". */
	private static String nestedText(List<Block> blocks, int index) {
		List<String> texts = new ArrayList<>();
		for (int i = index + 1; i < blocks.size() && blocks.get(i) instanceof Item nested && nested.depth() > 0; i++) {
			if (nested.depth() == 1 && !nested.text().isBlank()) {
				texts.add(nested.text());
			}
		}
		return texts.isEmpty() ? null : String.join("; ", texts);
	}

	/** The one service the note's title names ("Lambda deep dive"), or null. */
	private String titleSubject() {
		if (note.model.title() == null) {
			return null;
		}
		Set<String> named = note.namedIn(Words.of(note.model.title()));
		if (named.size() != 1) {
			return null;
		}
		note.titleSubject = named.iterator().next();
		return note.titleSubject;
	}

	/** The subject of the nearest enclosing section (a lower level) that has one. */
	private String inherited(int level, List<Integer> levels) {
		for (int i = levels.size() - 1; i >= 0; i--) {
			if (levels.get(i) < level) {
				return (note.sectionSubjects.get(i) != null || levels.get(i) <= 1)
						? note.sectionSubjects.get(i)
						: inherited(levels.get(i), levels.subList(0, i));
			}
		}
		return null;
	}

	/** The last heading read names a service only as the topic it is about ("Lambda Concurrency"). */
	private boolean topicOfNamed;

	private String headingSubject(Section section) {
		topicOfNamed = false;
		String heading = section.heading();
		Words words = Words.of(heading);
		if (words.isEmpty()) {
			return null;
		}
		boolean comparison = WordChecks.anyWord(words, comparisonWords);
		NameParts parts = NameParts.of(heading);
		if (!comparison) {
			String known = note.wholeLineName(parts.name());
			String knownParen = (parts.paren() != null) ? note.wholeName(parts.paren()) : null;
			if (known != null || knownParen != null) {
				String id = (known != null) ? known : knownParen;
				note.define(id, null, section.line(), heading).fullNameIfUnknown(parts);
				return id;
			}
		}
		Set<String> named = note.namedIn(words);
		if (named.size() > 1) {
			// "RDS / Aurora", "SQS and SNS": about several services, so about none of them alone
			return null;
		}
		if (comparison || heading.contains("?") || WordChecks.anyWord(words, topicWords)) {
			return (named.size() == 1 && !comparison) ? named.iterator().next() : null;
		}
		if (named.size() == 1 && !note.names.isPrefix(words.get(0).norm())) {
			// "Lambda Concurrency", "S3 Storage Classes": a topic of the service it names
			topicOfNamed = true;
			return named.iterator().next();
		}
		Words name = Words.of(parts.name());
		if (name.size() == 0) {
			// a heading of punctuation alone ("(|)") names nothing
			return null;
		}
		boolean capitalised = WordChecks.allCapitalised(name) && name.size() <= 4;
		// a plain capitalised heading ("Cold Starts", "Concurrency") names a service only when its section
		// states facts and calls it by that name, capitalised
		boolean prefixed = note.names.isPrefix(name.get(0).norm());
		boolean stated = section.level() <= 2 && statesFacts(section)
				&& WordChecks.writtenCapitalised(name, NoteContext.sectionTexts(section));
		// with the cloud catalogue known, a product-shaped name alone ("PartiQL", "TransactWriteItems") is no evidence
		boolean nameLike = parts.paren() != null || prefixed || stated;
		if (capitalised && nameLike && !note.names.isNotName(parts.name())) {
			String reason = prefixed
					? "the heading on line " + section.line() + " names it with a provider in front"
					: (parts.paren() != null)
							? "the heading on line " + section.line() + " gives it a full name"
							: WordChecks.anyNameLike(name)
									? "the heading on line " + section.line() + " writes it as a product name"
									: "the section under its heading on line " + section.line()
											+ " states facts about it";
			return note.newService(parts, section.line(), heading, describe(section), reason);
		}
		return null;
	}

	/** A list item "Name: description" (or "**Name** – description") defines or describes that service. */
	private void itemSubject(Item item, Section section, String nested) {
		Definition found = Definition.of(item.text());
		Definition definition = (found != null && found.rest().isEmpty() && nested != null)
				? new Definition(found.name(), nested)
				: found;
		if (definition == null) {
			String whole = note.wholeName(item.text());
			if (whole != null) {
				note.define(whole, null, item.line(), item.text());
			}
			return;
		}
		defined(definition, section, item.line(), item.text(), "list item");
	}

	/** A paragraph "**VPC**: …", "VPC = …" or "Amazon SQS – …" defines that service, as a list item would. */
	private void paragraphSubject(Paragraph paragraph, Section section) {
		Sentence first = paragraph.sentences().get(0);
		Definition definition = Definition.of(first.text());
		if (definition != null && (paragraph.lead() != null && paragraph.lead().equals(definition.name())
				|| first.text().contains(" = ") || WordChecks.anyNameLike(Words.of(definition.name())))) {
			defined(definition, section, first.line(), first.text(), "definition");
		}
	}

	private void defined(Definition definition, Section section, int line, String text, String what) {
		NameParts parts = NameParts.of(definition.name());
		String known = note.wholeName(parts.name());
		if (known == null && parts.paren() != null) {
			known = note.wholeName(parts.paren());
		}
		if (known != null) {
			note.define(known, null, line, text).summary(definition.rest());
			return;
		}
		Words name = Words.of(parts.name());
		if (name.isEmpty() || name.size() > 4 || !WordChecks.allCapitalised(name)
				|| WordChecks.anyWord(name, topicWords)
				|| note.names.isNotName(parts.name())) {
			return;
		}
		Names.Found head = note.names.at(name, 0);
		if (head != null && !head.unknown() && head.end() < name.size() && name.size() - head.end() <= 2
				&& !note.grammar.isConcept(name)) {
			// "**Redshift Spectrum**: …", "- CloudWatch Alarms: …": a part of the service it starts with
			note.component(parts.name(), head.id(), line, text);
			return;
		}
		boolean sectionIsTopic = section.heading() == null
				|| WordChecks.anyWord(Words.of(section.heading()), topicWords);
		boolean prefixed = note.names.isPrefix(name.get(0).norm());
		boolean stated = note.statesFacts(Words.of(definition.rest()));
		boolean called = WordChecks.anyNameLike(name)
				&& Words.of(definition.rest()).text().toLowerCase().contains("service");
		if (called || prefixed || sectionIsTopic && WordChecks.anyNameLike(name) || stated) {
			String reason = prefixed
					? "the " + what + " on line " + line + " names it with a provider in front"
					: stated
							? "the " + what + " on line " + line + " states facts about it"
							: WordChecks.anyNameLike(name)
									? "the " + what + " on line " + line + " defines it as a product name"
									: "the " + what + " on line " + line + " defines it in a list of services";
			note.newService(parts, line, text, definition.rest(), reason);
		}
	}

	private boolean statesFacts(Section section) {
		for (Block block : section.blocks()) {
			List<Sentence> sentences = (block instanceof Paragraph p)
					? p.sentences()
					: (block instanceof Item i) ? i.sentences() : List.of();
			for (Sentence sentence : sentences) {
				if (note.statesFacts(Words.of(sentence.text()))) {
					return true;
				}
			}
		}
		return false;
	}

	/** The section's own paragraphs, as its service's description. */
	private static String describe(Section section) {
		StringBuilder text = new StringBuilder();
		for (Block block : section.blocks()) {
			if (block instanceof Paragraph paragraph) {
				for (Sentence sentence : paragraph.sentences()) {
					text.append(text.isEmpty() ? "" : " ").append(sentence.text());
				}
			}
		}
		return text.isEmpty() ? null : NoteContext.snippet(text.toString());
	}

	private boolean isTopic(String heading) {
		Words words = Words.of(heading);
		return heading.contains("?") || WordChecks.anyWord(words, topicWords)
				|| WordChecks.anyWord(words, comparisonWords);
	}

}
