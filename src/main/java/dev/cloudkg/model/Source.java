package dev.cloudkg.model;

import org.neo4j.driver.Record;

/** Where a fact is stated: a document, a line, the sentence or citation. */
public record Source(Note note, Integer line, String text, FactKind fact) {

	/**
	 * The source a read returns as the columns {@code note} (a {@link Note#PROJECTION}), {@code line}, {@code text}
	 * and {@code fact} (a {@code STATES} relationship's properties).
	 */
	public static Source of(Record row) {
		return new Source(Note.of(row.get("note")), row.get("line").isNull() ? null : row.get("line").asInt(),
				row.get("text").isNull() ? null : row.get("text").asString(), FactKind.of(row.get("fact").asString()));
	}

}
