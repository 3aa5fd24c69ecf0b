package dev.cloudkg.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cloudkg.facts.CheckedFile.Reference;

/**
 * The check across the files of a facts load: every relationship target is declared by some file of the set or by
 * a document already in the graph, whatever the order of the files.
 */
final class ReferenceCheck {

	private final FactsLoadWriter writer;

	ReferenceCheck(FactsLoadWriter writer) {
		this.writer = writer;
	}

	/**
	 * Skips the files with a relationship target no file of the set and no other document in the graph declares;
	 * repeated, since a skipped file no longer declares its services for the others.
	 * @param checked the files that passed so far, by document id: those skipped are removed
	 * @param broken the files skipped: those skipped now are added
	 * @param problems why each was skipped: the new reasons are added
	 */
	void resolve(Map<String, CheckedFile> checked, List<CheckedFile> broken, List<FactsFormatException> problems) {
		while (true) {
			Set<String> declared = declared(checked.values());
			Set<String> missing = new HashSet<>();
			for (CheckedFile c : checked.values()) {
				for (Reference reference : c.references) {
					if (!declared.contains(reference.target())) {
						missing.add(reference.target());
					}
				}
			}
			if (missing.isEmpty()) {
				return;
			}
			// a file being rewritten will no longer state what its stored version states
			List<String> rewritten = checked.values().stream().filter(c -> c.changed).map(c -> c.facts.id()).toList();
			Set<String> elsewhere = writer.declaredOutside(missing, rewritten);
			missing.removeAll(elsewhere);
			if (missing.isEmpty()) {
				return;
			}
			List<CheckedFile> failed = new ArrayList<>();
			for (CheckedFile c : checked.values()) {
				List<Reference> bad = c.references.stream().filter(r -> missing.contains(r.target())).toList();
				if (!bad.isEmpty()) {
					problems.add(badReference(c, bad, broken, failed));
					failed.add(c);
				}
			}
			failed.forEach(c -> checked.remove(c.facts.id()));
			broken.addAll(failed);
		}
	}

	/** The services these files declare. */
	static Set<String> declared(Iterable<CheckedFile> files) {
		Set<String> declared = new HashSet<>();
		files.forEach(c -> declared.addAll(c.declared));
		return declared;
	}

	private static FactsFormatException badReference(CheckedFile file, List<Reference> bad, List<CheckedFile> broken,
			List<CheckedFile> failing) {
		Reference first = bad.get(0);
		StringBuilder message = new StringBuilder("relationship target '" + first.target()
				+ "' is not a service declared in any facts file or note");
		for (List<CheckedFile> skipped : List.of(broken, failing)) {
			skipped.stream()
					.filter(c -> c != file && c.declared.contains(first.target()))
					.findFirst()
					.ifPresent(c -> message.append(" (").append(c.file.path())
							.append(" declares it, but that file is skipped)"));
		}
		if (bad.size() > 1) {
			message.append("; ").append(bad.size() - 1)
					.append(" more such reference(s) in this file, the next on line ")
					.append(bad.get(1).line());
		}
		return new FactsFormatException(file.file.path(), first.line(), message.toString());
	}

}
