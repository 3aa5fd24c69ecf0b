package dev.cloudkg.facts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cloudkg.model.FactKind;

/** A facts file after the checking read of a load: what it declares and refers to, not its statements. */
final class CheckedFile {

	final SeedFiles.StreamedFile file;

	final Set<String> declared = new LinkedHashSet<>();

	final List<Reference> references = new ArrayList<>();

	FactsFileReader.FactsFile facts;

	/** Whether its hash differs from the stored one: only a changed file is written. */
	boolean changed;

	/** Why the read failed; null when it did not. */
	FactsFormatException failure;

	CheckedFile(SeedFiles.StreamedFile file) {
		this.file = file;
	}

	/** Reads the file, remembering rather than throwing why it fails (the checks run on several threads). */
	void readOrRemember(FactsFileReader reader) {
		try {
			read(reader);
		}
		catch (FactsFormatException ex) {
			failure = ex;
		}
	}

	private void read(FactsFileReader reader) {
		// one String per distinct id: 100,000 services refer to few targets many times
		Map<String, String> ids = new HashMap<>();
		try {
			facts = reader.read(file.path(), file::open, statements -> {
				for (Statement statement : statements) {
					if (statement.fact() == FactKind.EXISTS) {
						declared.add(statement.subject());
					}
					else if (statement.fact() == FactKind.RELATION) {
						references
								.add(new Reference(ids.computeIfAbsent(statement.target(), t -> t), statement.line()));
					}
				}
			});
		}
		catch (IOException ex) {
			throw new FactsFormatException(file.path(), 1, "cannot be read: " + ex.getMessage());
		}
	}

	/** A relationship to {@code target} on {@code line}. */
	record Reference(String target, int line) {
	}

}
