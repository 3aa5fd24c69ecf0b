package dev.cloudkg.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.unit.DataSize;

/**
 * The free space of the directory the database keeps its data in, checked before every write: Neo4j that runs
 * out of disk mid-transaction marks the database unhealthy and answers nothing more until restarted, so a write
 * is refused while less than {@code minimum} is free and goes ahead again as soon as there is room.
 * Only the embedded database has one (a Neo4j server watches its own disk).
 */
public final class StorageSpace {

	private final Path directory;

	private final DataSize minimum;

	public StorageSpace(Path directory, DataSize minimum) {
		this.directory = directory;
		this.minimum = minimum;
	}

	public Path directory() {
		return directory;
	}

	public DataSize minimum() {
		return minimum;
	}

	/** Bytes free to this process in the directory; -1 when that cannot be read (the directory is gone). */
	public long free() {
		try {
			return Files.getFileStore(directory).getUsableSpace();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	public boolean hasRoom() {
		return free() >= minimum.toBytes();
	}

	/** @throws FullException when less than the minimum is free */
	void ensureRoom() {
		long free = free();
		if (free < minimum.toBytes()) {
			throw new FullException(free < 0
					? "the data directory " + directory + " cannot be read; nothing was written"
					: "the data directory " + directory + " has " + megabytes(free) + " free, less than the "
							+ megabytes(minimum.toBytes()) + " writes need (cloudkg.embedded.min-free-space); "
							+ "nothing was written. Free some space and try again: no restart is needed.");
		}
	}

	private static String megabytes(long bytes) {
		return (bytes >= 10L * 1024 * 1024)
				? (bytes / (1024 * 1024)) + " MB"
				: String.format("%.1f MB", bytes / 1048576.0);
	}

	/** A write refused because the data directory is short of space. */
	public static class FullException extends RuntimeException {

		FullException(String message) {
			super(message);
		}

	}

}
