package dev.cloudkg.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The embedded Neo4j's generated password: made once per data directory, kept in a file only its owner
 * can read (POSIX {@code rw-------} where the file system has permissions), and read back on every start.
 */
final class PasswordFile {

	/** Name of the file in the data directory. */
	static final String NAME = "neo4j-password";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path path;

	PasswordFile(Path dataDir) {
		this.path = dataDir.resolve(NAME);
	}

	Path path() {
		return path;
	}

	/** The password kept in the file; a new random one when there is no file yet (or an empty one). */
	String readOrCreate() {
		try {
			if (Files.exists(path)) {
				String kept = Files.readString(path, StandardCharsets.UTF_8).strip();
				if (!kept.isEmpty()) {
					ownerOnly();
					return kept;
				}
				Files.delete(path);
			}
			return create();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the embedded Neo4j's password file " + path, ex);
		}
	}

	private String create() throws IOException {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		try {
			// created with its permissions, so that the password is never readable by others, not even briefly
			if (posix()) {
				Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			}
			else {
				Files.createFile(path);
				ownerOnly();
			}
		}
		catch (FileAlreadyExistsException ex) {
			// another start wrote it between our check and now: use theirs
			return readOrCreate();
		}
		Files.writeString(path, password + System.lineSeparator(), StandardCharsets.UTF_8);
		return password;
	}

	/** Narrows a file that was copied or created with wider permissions. */
	private void ownerOnly() throws IOException {
		if (posix()) {
			if (!Files.getPosixFilePermissions(path).equals(OWNER_ONLY)) {
				Files.setPosixFilePermissions(path, OWNER_ONLY);
			}
		}
		else {
			var file = path.toFile();
			file.setReadable(false, false);
			file.setWritable(false, false);
			file.setReadable(true, true);
			file.setWritable(true, true);
		}
	}

	private boolean posix() {
		return Files.getFileAttributeView(path.getParent(), PosixFileAttributeView.class) != null;
	}

}
