package dev.cloudkg.model;

/** Where a fact is stated: a document, a line, the sentence or citation. */
public record Source(Note note, Integer line, String text, String fact) {
}
