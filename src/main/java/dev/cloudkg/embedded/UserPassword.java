package dev.cloudkg.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.FormatException;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.FileUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the embedded Neo4j's {@code neo4j} user its password: a new database gets it before it starts,
 * an existing one right after, when its password differs.
 *
 * <p>Uses Neo4j 5.26's own classes for the user store, as {@code neo4j-admin dbms set-initial-password} does.
 */
final class UserPassword {

	private static final Logger log = LoggerFactory.getLogger(UserPassword.class);

	private final Path dataDir;

	private final String password;

	private final boolean newDatabase;

	UserPassword(Path dataDir, String password) {
		this.dataDir = dataDir;
		this.password = password;
		this.newDatabase = !Files.isDirectory(dataDir.resolve("databases/system"));
	}

	/**
	 * For a new database, writes {@code dbms/auth.ini}, from which Neo4j creates the user. Set after the
	 * start instead, the user would have the default password {@code neo4j} while Bolt and HTTP already listen.
	 */
	void beforeStart() {
		if (!newDatabase) {
			return;
		}
		Path authIni = initialUsers();
		try {
			Files.createDirectories(authIni.getParent());
			Files.deleteIfExists(authIni);
			FileUserRepository users = new FileUserRepository(new DefaultFileSystemAbstraction(), authIni,
					NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
			users.start();
			users.create(new User(EmbeddedNeo4j.USER, null, SystemGraphCredential.createCredentialForPassword(bytes(),
					new SecureHasher()), false, false));
			users.shutdown();
		}
		catch (Exception ex) {
			throw new EmbeddedNeo4jException("Cannot write the embedded Neo4j's initial password to " + authIni + ": "
					+ ex.getMessage()
					+ ". Check that cloudkg.embedded.data-dir (CLOUDKG_EMBEDDED_DATA_DIR) is writable.",
					ex);
		}
	}

	/**
	 * For a new database, deletes {@code dbms/auth.ini} (read once; a stale copy of the hash would only
	 * mislead). For an existing one sets the password if it differs: a database made before passwords were
	 * generated still has {@code neo4j}, and a configured password may have changed since the last start.
	 */
	void afterStart(DatabaseManagementService dbms) {
		if (newDatabase) {
			try {
				Files.deleteIfExists(initialUsers());
			}
			catch (IOException ex) {
				log.warn("Could not delete {}: {}", initialUsers(), ex.toString());
			}
		}
		else if (!matches(dbms)) {
			dbms.database("system")
					.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
							Map.of("password", password));
		}
	}

	/** Reads the user's credential in the system graph (ALTER USER refuses to set the same password again). */
	private boolean matches(DatabaseManagementService dbms) {
		try (Transaction tx = dbms.database("system").beginTx()) {
			Node user = tx.findNode(Label.label("User"), "name", EmbeddedNeo4j.USER);
			if (user == null || Boolean.TRUE.equals(user.getProperty("passwordChangeRequired", false))
					|| !(user.getProperty("credentials", null) instanceof String credentials)) {
				return false;
			}
			return SystemGraphCredential.deserialize(credentials, new SecureHasher()).matchesPassword(bytes());
		}
		catch (FormatException ex) {
			return false;
		}
	}

	private Path initialUsers() {
		return dataDir.resolve("dbms/auth.ini");
	}

	private byte[] bytes() {
		return password.getBytes(StandardCharsets.UTF_8);
	}

}
