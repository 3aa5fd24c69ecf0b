package dev.cloudkg.notes;

import dev.cloudkg.language.PhraseList;
import dev.cloudkg.language.Words;
import dev.cloudkg.model.FactKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The services a note introduces that no vocabulary or catalogue declares: "Name (Full Name)" or "Full
 * Name (ABBR)" with evidence, and "CloudWatch Alarms"-like parts of a known service.
 */
final class NewServices {

	private final NoteContext note;

	NewServices(NoteContext note) {
		this.note = note;
	}

	/**
	 * A service nobody declared: "Name (Full Name)" or "Full Name (ABBR)", taken only with evidence
	 * ({@code reason}, said in the import report); a name the vocabulary lists as a concept, or one the note
	 * also writes in lower case, is not a service.
	 */
	String newService(NameParts parts, int line, String source, String description, String reason) {
		String name = note.names.shortName(parts.name());
		if (name == null) {
			return null;
		}
		String fullName = parts.paren();
		Words paren = (fullName != null) ? Words.of(fullName) : null;
		if (paren != null && paren.size() == 1 && paren.get(0).nameLike() && Words.of(name).size() > 1) {
			fullName = name;
			name = parts.paren();
		}
		String id = note.names.slug(name);
		if (id.isEmpty() || !plausibleName(name)) {
			return null;
		}
		boolean fresh = !note.drafts.containsKey(id) && note.names.known(id) == null;
		Words nameWords = Words.of(name);
		if (fresh && note.grammar.isConcept(nameWords) && !note.names.isPrefix(Words.of(parts.name()).get(0).norm())) {
			note.warn(line,
					"'" + name + "' is a concept (the vocabulary's concepts), not a service; its facts belong to"
							+ " the service around it");
			return null;
		}
		if (fresh && !WordChecks.anyNameLike(nameWords) && note.written().inLowerCase(nameWords)) {
			// "Cold Starts" in a heading or list, "a cold start" in the text: a common noun, not a name
			note.warn(line, "'" + name
					+ "' looks like a name but the note also writes it in lower case; not taken as a service");
			return null;
		}
		Draft draft = note.define(id, name, line, source);
		if (fresh) {
			draft.fullName = fullName;
			draft.kind = kindOf(description != null ? description : source);
			List<String> aliases = new ArrayList<>();
			if (fullName != null) {
				aliases.add(fullName);
			}
			note.names.add(id, List.of(name));
			note.names.add(id, aliases);
			note.warn(line,
					"'" + name + "' is not in the vocabulary; added " + draft.kind + " '" + id + "' because " + reason);
		}
		return id;
	}

	/** "SNS + SQS", "Edge & DNS", "1 WCU", 'Short "X': two things, a quantity or a fragment, not a product's name. */
	private static boolean plausibleName(String name) {
		return name.chars().noneMatch(c -> "+&\"“”/|<>=".indexOf(c) >= 0) && !Character.isDigit(name.charAt(0))
				&& name.length() <= 60;
	}

	/** "CloudWatch Alarms": a part of CloudWatch, of kind component. */
	String component(String name, String whole, int line, String source) {
		String id = note.names.slug(name);
		boolean fresh = !note.drafts.containsKey(id) && note.names.known(id) == null;
		Draft draft = note.define(id, name, line, source);
		note.mention(whole, line, source);
		if (fresh) {
			draft.kind = "component";
			note.names.add(id, List.of(name));
			note.state(id, FactKind.RELATION, "rel:PART_OF:" + whole, Map.of("type", note.partOf(), "target", whole),
					line, source);
			note.warn(line,
					"'" + name + "' is not in the vocabulary; added component '" + id + "', part of '" + whole + "'");
		}
		return id;
	}

	private String kindOf(String text) {
		Words words = Words.of(text != null ? text : "");
		for (Map.Entry<String, PhraseList> kind : note.book.kinds.entrySet()) {
			if (!PhraseBook.find(words, kind.getValue()).isEmpty()) {
				return kind.getKey();
			}
		}
		return "service";
	}

	// ---- facts

}
