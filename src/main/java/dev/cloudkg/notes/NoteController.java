package dev.cloudkg.notes;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.cloudkg.model.Note;
import dev.cloudkg.notes.FactExtractor.Warning;
import dev.cloudkg.system.ApiKeyGuard;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The GraphQL mutations {@code importNote} and {@code deleteNote}. */
@Controller
class NoteController {

	private final NoteImporter importer;

	private final ApiKeyGuard guard;

	NoteController(NoteImporter importer, ApiKeyGuard guard) {
		this.importer = importer;
		this.guard = guard;
	}

	@MutationMapping
	ImportNotePayload importNote(@Argument ImportNoteInput input,
			@ContextValue(name = ApiKeyGuard.CONTEXT_KEY, required = false) ApiKeyGuard.Presented apiKey) {
		guard.check(apiKey);
		ImportReport report = importer.importNote(input.id(), input.title(),
				input.markdown().getBytes(StandardCharsets.UTF_8), null, Boolean.TRUE.equals(input.dryRun()));
		Note note = report.dryRun() ? null : new Note(report.noteId(), report.title(), "note", report.path());
		return new ImportNotePayload(note, report.dryRun(), report.changed(), report.facts(), report.created(),
				report.updated(), report.retracted(), report.warnings());
	}

	@MutationMapping
	DeleteNotePayload deleteNote(@Argument String id,
			@ContextValue(name = ApiKeyGuard.CONTEXT_KEY, required = false) ApiKeyGuard.Presented apiKey) {
		guard.check(apiKey);
		ImportReport report = importer.deleteNote(id);
		return (report != null)
				? new DeleteNotePayload(id, true, report.retracted())
				: new DeleteNotePayload(id, false, List.of());
	}

	record ImportNoteInput(String id, String title, String markdown, Boolean dryRun) {
	}

	record ImportNotePayload(Note note, boolean dryRun, boolean changed, int facts, List<FactChange> created,
			List<FactChange> updated, List<FactChange> retracted, List<Warning> warnings) {
	}

	record DeleteNotePayload(String id, boolean deleted, List<FactChange> retracted) {
	}

}
