package dev.cloudkg.facts;

import java.util.List;

/**
 * A document facts come from (a curated facts file, later a note), with every statement it makes.
 *
 * @param id stable id, e.g. {@code facts/aws-compute}
 * @param title human title
 * @param kind {@code facts} for curated files, {@code note} for notes
 * @param path where it was read from
 * @param text the full text (searchable)
 * @param hash digest of the text and the vocabulary it was read with; an unchanged hash skips the import
 * @param statements what it states
 * @param readHash for a note read from a folder: the digest of its bytes, path and what reading depends on, which
 * lets a start on an unchanged folder skip reading it; null otherwise
 */
public record SourceDocument(String id, String title, String kind, String path, String text, String hash,
		List<Statement> statements, String readHash) {

	public SourceDocument(String id, String title, String kind, String path, String text, String hash,
			List<Statement> statements) {
		this(id, title, kind, path, text, hash, statements, null);
	}

	public boolean curated() {
		return "facts".equals(kind);
	}

}
