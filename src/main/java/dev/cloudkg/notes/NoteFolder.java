package dev.cloudkg.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of notes: every {@code *.md} in it and its sub-folders. A note's id is its path in the folder
 * without {@code .md}: {@code aws/lambda.md} is {@code aws/lambda}.
 *
 * @param root the folder
 */
record NoteFolder(Path root) {

	NoteFolder {
		root = root.toAbsolutePath().normalize();
	}

	List<Path> notes() {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(NoteFolder::isNote).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean isNote(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".md") && !name.startsWith(".") && Files.isRegularFile(file);
	}

	boolean contains(Path file) {
		return file.toAbsolutePath().normalize().startsWith(root);
	}

	String idOf(Path file) {
		String relative = root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
		return relative.endsWith(".md") ? relative.substring(0, relative.length() - 3) : relative;
	}

}
