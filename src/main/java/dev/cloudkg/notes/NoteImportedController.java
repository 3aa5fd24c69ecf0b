package dev.cloudkg.notes;

import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** The GraphQL subscription {@code noteImported}: every import that changes the graph, from any door. */
@Controller
class NoteImportedController {

	private final ImportEvents events;

	NoteImportedController(ImportEvents events) {
		this.events = events;
	}

	@SubscriptionMapping
	Flux<ImportEvents.NoteImported> noteImported() {
		return events.events();
	}

}
