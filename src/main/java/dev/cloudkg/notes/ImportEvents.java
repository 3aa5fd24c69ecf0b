package dev.cloudkg.notes;

import java.util.List;

import dev.cloudkg.model.Note;
import dev.cloudkg.notes.FactExtractor.Warning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The imports that changed the graph, as they commit, for the {@code noteImported} subscription. Publishing never
 * blocks or fails an import: with no subscriber an event goes nowhere, and each subscriber has a buffer of
 * {@value #BUFFER} events of its own from which the oldest is dropped when it reads too slowly.
 */
@Component
public class ImportEvents {

	static final int BUFFER = 256;

	private static final Logger log = LoggerFactory.getLogger(ImportEvents.class);

	/** Best effort: a subscriber without demand misses events, the others do not wait for it. */
	private final Sinks.Many<NoteImported> sink = Sinks.many().multicast().directBestEffort();

	/**
	 * Publishes what an import did, once its transaction committed. Dry runs and unchanged re-imports are not events:
	 * the graph did not change.
	 */
	void imported(ImportReport report) {
		if (!report.dryRun() && report.changed()) {
			emit(NoteImported.of(report, false));
		}
	}

	/** Publishes a deletion, once its transaction committed. */
	void deleted(ImportReport report) {
		emit(NoteImported.of(report, true));
	}

	/** Serialized: the sink refuses emissions from two threads at once (the watcher and an upload, say). */
	private synchronized void emit(NoteImported event) {
		sink.tryEmitNext(event); // FAIL_ZERO_SUBSCRIBER is the usual case and fine
	}

	/** Every event from now on, the oldest dropped once {@value #BUFFER} wait for a slow subscriber. */
	public Flux<NoteImported> events() {
		return sink.asFlux()
				.onBackpressureBuffer(BUFFER,
						dropped -> log.debug("A slow noteImported subscriber missed {}", dropped.noteId()),
						BufferOverflowStrategy.DROP_OLDEST);
	}

	/**
	 * One import that changed the graph, or one deletion.
	 *
	 * @param noteId the note
	 * @param note the note as stored; null when it was deleted
	 * @param deleted the note was deleted (its facts are in {@code retracted})
	 * @param facts how many facts the note states now
	 * @param created facts it states that it did not state before
	 * @param updated facts whose value changed
	 * @param retracted facts it stated before and no longer does
	 * @param warnings what was skipped or guessed, with lines
	 */
	public record NoteImported(String noteId, Note note, boolean deleted, int facts, List<FactChange> created,
			List<FactChange> updated, List<FactChange> retracted, List<Warning> warnings) {

		static NoteImported of(ImportReport report, boolean deleted) {
			Note note = deleted ? null : new Note(report.noteId(), report.title(), "note", report.path());
			return new NoteImported(report.noteId(), note, deleted, report.facts(), report.created(),
					report.updated(), report.retracted(), report.warnings());
		}

	}

}
