package dev.cloudkg.notes;

import dev.cloudkg.language.Words;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the services a sentence names in a row: the subjects it starts with ("Lambda and Fargate are …")
 * and the objects after a relation phrase ("alternative to EC2, RDS, ELB, EBS, Route 53").
 */
final class NameListReader {

	private final NoteContext note;

	private final Grammar grammar;

	NameListReader(NoteContext note) {
		this.note = note;
		this.grammar = note.grammar;
	}

	/** @param ids the services named @param end the word after the last of them */
	record Targets(List<String> ids, int end) {
	}

	/** The services a sentence starts with ("Lambda and Fargate are serverless"), registering unknown ones. */
	List<String> leadingSubjects(Words words, int from, int firstPhrase, int line, String source) {
		return leading(words, from, firstPhrase, line, source).ids();
	}

	/** The services a sentence or clause starts with, after any determiner ("An Azure Functions app …"). */
	Targets leading(Words words, int from, int firstPhrase, int line, String source) {
		List<String> subjects = new ArrayList<>();
		int position = from;
		while (position < firstPhrase - 1 && grammar.determiners.contains(words.get(position).norm())) {
			position++;
		}
		int last = from;
		while (position < firstPhrase) {
			Names.Found found = note.names.at(words, position);
			if (found == null && note.names.isPrefix(words.get(position).norm())) {
				found = note.names.unknownAt(words, position, firstPhrase);
			}
			if (found == null || found.end() > firstPhrase) {
				break;
			}
			String subject = found.unknown()
					? note.newService(NameParts.of(words.span(found.start(), found.end())), line, source, null,
							"line " + line + " names it with a provider in front and states a fact about it")
					: note.mention(found.id(), line, source);
			if (subject == null) {
				break;
			}
			subjects.add(subject);
			last = found.end();
			position = nextListItem(words, found.end(), firstPhrase);
			if (position < 0) {
				break;
			}
		}
		return new Targets(List.copyOf(subjects), last);
	}

	/** The services named from {@code from} on, in a list, before {@code limit}. */
	Targets objects(Words words, int from, int limit, int line, String source, boolean newNames) {
		List<String> targets = new ArrayList<>();
		int position = from;
		int last = from;
		while (position < limit) {
			int skipped = 0;
			while (position < limit && skipped < 3 && grammar.fillers.contains(words.get(position).norm())) {
				position++;
				skipped++;
			}
			if (position >= limit) {
				break;
			}
			Names.Found found = note.names.at(words, position);
			int end;
			if (found != null && found.end() <= limit) {
				end = found.end();
				String id = found.id();
				int composite = compositeEnd(words, end, limit);
				if (composite > end && newNames) {
					id = note.component(words.span(found.start(), composite), id, line, source);
					end = composite;
				}
				else {
					note.mention(id, line, source);
				}
				targets.add(id);
			}
			else {
				found = newNames ? note.names.unknownAt(words, position, limit) : null;
				if (found == null) {
					break;
				}
				end = found.end();
				String id = note.newService(NameParts.of(words.span(found.start(), found.end())), line, source, null,
						"line " + line + " names it as the object of a relationship");
				if (id == null) {
					break;
				}
				targets.add(id);
			}
			end = skipParenthesis(words, end, limit);
			last = end;
			position = nextListItem(words, end, limit);
			if (position < 0) {
				break;
			}
		}
		return new Targets(List.copyOf(targets), last);
	}

	/** Capitalised words right after a known name make a part of it: "CloudWatch Alarms". */
	private int compositeEnd(Words words, int end, int limit) {
		int composite = end;
		while (composite < limit && composite - end < 2 && words.get(composite).capitalised()
				&& words.between(composite - 1, composite).isBlank()
				&& !grammar.listWords.contains(words.get(composite).norm())
				&& note.names.at(words, composite) == null
				&& !grammar.isConcept(Words.of(words.get(composite).text()))) {
			composite++;
		}
		return composite;
	}

	/** Skips "(ALB)" right after a name: the word after the closing parenthesis. */
	private static int skipParenthesis(Words words, int end, int limit) {
		String text = words.text();
		int offset = words.get(end - 1).end();
		while (offset < text.length() && text.charAt(offset) == ' ') {
			offset++;
		}
		if (offset >= text.length() || text.charAt(offset) != '(') {
			return end;
		}
		int close = text.indexOf(')', offset);
		if (close < 0 || close - offset > 60) {
			return end;
		}
		int next = words.indexAt(close + 1);
		return (next <= limit) ? next : end;
	}

	/** The word where the next list item starts (after ",", "and", "or", "/"), or -1 when the list ends. */
	int nextListItem(Words words, int end, int limit) {
		if (end >= limit || end >= words.size()) {
			return -1;
		}
		String between = words.between(end - 1, end).strip();
		if (between.equals(",") || between.equals("/") || between.equals("&") || between.equals(", …")
				|| between.equals("+")) {
			if (end < limit && grammar.listWords.contains(words.get(end).norm())) {
				return end + 1;
			}
			return end;
		}
		if (between.isEmpty() && grammar.listWords.contains(words.get(end).norm())
				&& words.between(end, Math.min(end + 1, words.size() - 1)).isBlank()) {
			return end + 1;
		}
		return -1;
	}

	/** Where the clause that a relation phrase ends in stops: a sentence mark, an unopened ")", or "but", "which" … */
	int clauseEnd(Words words, int from) {
		int depth = 0;
		for (int i = from; i < words.size(); i++) {
			String before = words.between(i - 1, i);
			for (char c : before.toCharArray()) {
				if (c == '(') {
					depth++;
				}
				else if (c == ')' && depth-- == 0) {
					return i;
				}
				else if ((c == ';' || c == '.' && !before.startsWith(".") || c == '!' || c == '?') && depth == 0) {
					return i;
				}
			}
			if (i > from && grammar.clauseBreaks.contains(words.get(i).norm())) {
				return i;
			}
		}
		return words.size();
	}

}
