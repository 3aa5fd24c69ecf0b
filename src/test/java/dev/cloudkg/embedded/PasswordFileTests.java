package dev.cloudkg.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The generated password's file, on a temporary directory. */
class PasswordFileTests {

	@TempDir
	Path dataDir;

	private String permissions(Path file) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
	}

	private void assumePosix() {
		assumeTrue(Files.getFileAttributeView(dataDir, PosixFileAttributeView.class) != null,
				"the file system has no POSIX permissions");
	}

	@Test
	void theFirstReadWritesARandomPasswordThatOnlyTheOwnerCanRead() throws IOException {
		assumePosix();
		String password = new PasswordFile(dataDir).readOrCreate();
		Path file = dataDir.resolve("neo4j-password");
		assertThat(password).matches("[A-Za-z0-9_-]{32}");
		assertThat(Files.readString(file).strip()).isEqualTo(password);
		assertThat(permissions(file)).isEqualTo("rw-------");
	}

	@Test
	void laterReadsReuseTheKeptPassword() {
		String first = new PasswordFile(dataDir).readOrCreate();
		assertThat(new PasswordFile(dataDir).readOrCreate()).isEqualTo(first);
		assertThat(new PasswordFile(dataDir).readOrCreate()).isEqualTo(first);
	}

	@Test
	void eachDataDirectoryHasItsOwnPassword(@TempDir Path other) {
		assertThat(new PasswordFile(dataDir).readOrCreate()).isNotEqualTo(new PasswordFile(other).readOrCreate());
	}

	@Test
	void anEmptyFileGetsANewPassword() throws IOException {
		Files.writeString(dataDir.resolve("neo4j-password"), "\n");
		String password = new PasswordFile(dataDir).readOrCreate();
		assertThat(password).hasSize(32);
		assertThat(Files.readString(dataDir.resolve("neo4j-password")).strip()).isEqualTo(password);
	}

	@Test
	void aFileOthersCanReadIsNarrowedToTheOwnerAndKept() throws IOException {
		assumePosix();
		Path file = dataDir.resolve("neo4j-password");
		Files.writeString(file, "chosen-by-hand\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		assertThat(new PasswordFile(dataDir).readOrCreate()).isEqualTo("chosen-by-hand");
		assertThat(permissions(file)).isEqualTo("rw-------");
	}

}
