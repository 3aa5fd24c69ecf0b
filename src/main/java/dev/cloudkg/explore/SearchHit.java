package dev.cloudkg.explore;

import dev.cloudkg.model.Note;
import dev.cloudkg.model.Service;

/**
 * A search result: a service (its name, aliases, summary or description matched), or a sentence of a
 * source document about a service.
 *
 * @param score relevance as the full-text index scores it, comparable within one kind of hit
 * @param snippet the matching sentence, or the service's summary
 * @param service the service found, or the service the sentence is about
 * @param note the source document of a sentence hit; null for a service hit
 * @param line the sentence's line in its document; null for a service hit
 */
record SearchHit(double score, String snippet, Service service, Note note, Integer line) {
}
