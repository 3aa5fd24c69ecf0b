package dev.cloudkg.notes;

import java.util.ArrayList;
import java.util.List;

import dev.cloudkg.notes.NoteModel.Link;

/**
 * What note apps add to markdown (Obsidian, Logseq, Notion exports): a wikilink {@code [[AWS Lambda]]} is an
 * explicit mention of the service it links to; front matter {@code aliases:} are other names of the note's
 * own service; {@code tags:} and {@code #tags} that name a service mention it.
 */
final class NoteAppReader {

	private final NoteContext note;

	NoteAppReader(NoteContext note) {
		this.note = note;
	}

	void read() {
		aliases();
		for (Link link : note.model.links()) {
			String target = link.target();
			// a link to a page nobody catalogued ("[[SAA-C03]]", "[[Compute MOC]]") is a note, not a service
			String id = note.wholeName(target);
			if (id != null) {
				note.mention(id, link.line(), "[[" + target + "]]");
			}
		}
		for (String tag : note.model.front().tags()) {
			String last = tag.substring(tag.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ');
			String id = note.wholeName(last);
			if (id != null && note.names.known(id) != null) {
				note.mention(id, 1, "#" + tag);
			}
		}
	}

	/** Front matter aliases name the note's own service: the one its title names. */
	private void aliases() {
		List<String> aliases = note.model.front().aliases();
		String subject = note.titleSubject;
		if (aliases.isEmpty() || subject == null) {
			return;
		}
		Draft draft = note.define(subject, null, note.model.titleLine(), note.model.title());
		List<String> all = new ArrayList<>(draft.aliases);
		for (String alias : aliases) {
			if (!alias.isBlank() && !all.contains(alias) && !alias.equalsIgnoreCase(draft.name)) {
				all.add(alias.strip());
			}
		}
		draft.aliases = List.copyOf(all);
		note.names.add(subject, aliases);
	}

}
