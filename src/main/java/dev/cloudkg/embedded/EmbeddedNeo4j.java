package dev.cloudkg.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.cloudkg.embedded.guide.GuideResource;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j running inside this JVM: Bolt, HTTP and the Neo4j Browser, with its database in a
 * directory that survives restarts.
 *
 * <p>The harness deletes its own working folder on close, so the database is pointed at
 * {@code dataDir} with {@code server.directories.data}; only logs live in the throwaway folder.
 *
 * <p>Closed to strangers: authentication is always on (user {@code neo4j}, the configured password or one
 * generated per data directory, see {@link PasswordFile}), {@code LOAD CSV} cannot read local files, the
 * HTTP API sends no CORS wildcard, and the Browser neither reports usage nor loads anything from elsewhere.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	/** Mount point of the guide and style on Neo4j's own HTTP server (same origin as the Browser). */
	public static final String GUIDE_MOUNT = "/cloudkg";

	/** The one user; the Browser's address names it, so only the password has to be typed. */
	static final String USER = "neo4j";

	/**
	 * Where the Browser's page may load from and connect to: itself, and Bolt over WebSocket. Neo4j's
	 * default also allows Segment and Canny (usage statistics, feedback) and Google Fonts. Community
	 * Neo4j 5.26 has no {@code browser.allow_outgoing_connections} setting (and the Browser ignores it
	 * for Community), so this header is what keeps the Browser offline.
	 */
	static final String BROWSER_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; base-uri 'none'; "
			+ "object-src 'none'; frame-ancestors 'none'; connect-src 'self' ws: wss:";

	private final Neo4j neo4j;

	private final String host;

	private final int httpPort;

	private final String password;

	private EmbeddedNeo4j(Neo4j neo4j, String host, int httpPort, String password) {
		this.neo4j = neo4j;
		this.host = host;
		this.httpPort = httpPort;
		this.password = password;
	}

	/** Checks the settings, then starts the server; fails fast with a message naming the setting to change. */
	public static EmbeddedNeo4j start(EmbeddedProperties properties) {
		InetAddress address = resolve(properties.listenAddress());
		// clients on other machines need the password, and the generated one is in a file on this machine
		// that only its owner reads: beyond loopback the operator chooses the password
		if (!address.isLoopbackAddress() && !properties.hasPassword()) {
			throw new EmbeddedNeo4jException("The embedded Neo4j would listen on " + properties.listenAddress()
					+ ", which is not a loopback address, without a password of your choice. Set "
					+ "cloudkg.embedded.password (CLOUDKG_EMBEDDED_PASSWORD) or listen on localhost "
					+ "(cloudkg.embedded.listen-address).");
		}
		if (properties.hasPassword() && properties.password().codePointCount(0, properties.password().length()) < 8) {
			// Neo4j's dbms.security.auth_minimum_password_length; its initial-password file does not check it
			throw new EmbeddedNeo4jException("cloudkg.embedded.password (CLOUDKG_EMBEDDED_PASSWORD) is shorter than "
					+ "the 8 characters Neo4j requires; choose a longer one, or leave it empty to have one generated.");
		}
		int boltPort = freePort(address, properties.boltPort(), "Bolt", "cloudkg.embedded.bolt-port",
				"CLOUDKG_EMBEDDED_BOLT_PORT");
		int httpPort = freePort(address, properties.httpPort(), "HTTP (Neo4j Browser)", "cloudkg.embedded.http-port",
				"CLOUDKG_EMBEDDED_HTTP_PORT");
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		createDirectories(dataDir);
		checkWritable(dataDir);
		PasswordFile passwordFile = new PasswordFile(dataDir);
		String password = properties.hasPassword() ? properties.password() : passwordFile.readOrCreate();
		UserPassword userPassword = new UserPassword(dataDir, password);
		userPassword.beforeStart();

		String browserHost = browserHost(address, properties.listenAddress());
		long started = System.nanoTime();
		Neo4j neo4j;
		try {
			neo4j = server(properties, dataDir, boltPort, httpPort, browserHost);
		}
		catch (RuntimeException ex) {
			Throwable root = rootCause(ex);
			boolean locked = root.getClass().getSimpleName().contains("FileLock")
					|| String.valueOf(root.getMessage()).contains("locked by another");
			throw new EmbeddedNeo4jException("The embedded Neo4j could not start with its data in " + dataDir + ": "
					+ root.getMessage()
					+ (locked
							? ". Another process (another cloudkg?) uses that directory: stop it or"
									+ " set cloudkg.embedded.data-dir (CLOUDKG_EMBEDDED_DATA_DIR) to another one."
							: ". Set cloudkg.embedded.data-dir (CLOUDKG_EMBEDDED_DATA_DIR) to a fresh directory to start"
									+ " anew (the old one is left as it is)."),
					ex);
		}
		try {
			userPassword.afterStart(neo4j.databaseManagementService());
		}
		catch (RuntimeException ex) {
			neo4j.close();
			throw new EmbeddedNeo4jException("The embedded Neo4j in " + dataDir + " did not take the password "
					+ "of its neo4j user: " + rootCause(ex).getMessage(), ex);
		}
		EmbeddedNeo4j embedded = new EmbeddedNeo4j(neo4j, browserHost, httpPort, password);
		// The password itself stays out of the log, which is often kept or shared longer than a file only
		// its owner can read.
		log.info("Embedded Neo4j started in {} ms: Bolt {}, Neo4j Browser {} (user {}, password {}; data in {})",
				(System.nanoTime() - started) / 1_000_000, embedded.boltUri(), embedded.browserUri(), USER,
				properties.hasPassword() ? "from cloudkg.embedded.password" : "in " + passwordFile.path(), dataDir);
		return embedded;
	}

	private static Neo4j server(EmbeddedProperties properties, Path dataDir, int boltPort, int httpPort,
			String browserHost) {
		String origin = "http://" + browserHost + ":" + httpPort;
		String guideBase = origin + GUIDE_MOUNT;
		return Neo4jBuilders.newInProcessBuilder(dataDir.resolve("run"))
				.withConfig(GraphDatabaseSettings.data_directory, dataDir)
				.withConfig(GraphDatabaseSettings.auth_enabled, true)
				.withConfig(GraphDatabaseSettings.allow_file_urls, false)
				.withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
				.withConfig(BoltConnector.enabled, true)
				.withConfig(BoltConnector.listen_address, new SocketAddress(properties.listenAddress(), boltPort))
				.withConfig(BoltConnector.advertised_address, new SocketAddress(browserHost, boltPort))
				.withConfig(HttpConnector.enabled, true)
				.withConfig(HttpConnector.listen_address, new SocketAddress(properties.listenAddress(), httpPort))
				.withConfig(HttpConnector.advertised_address, new SocketAddress(browserHost, httpPort))
				.withConfig(HttpsConnector.enabled, false)
				// Neo4j's default is "*": any web page could read the answers of the HTTP API
				.withConfig(ServerSettings.http_access_control_allow_origin, origin)
				// the Browser and the guide are public pages; the HTTP API is not
				.withConfig(ServerSettings.http_auth_allowlist, List.of("/", "/browser.*", GUIDE_MOUNT + "/.*"))
				.withConfig(ServerSettings.http_static_content_security_policy, BROWSER_CONTENT_SECURITY_POLICY)
				.withConfig(ServerSettings.allow_telemetry, false)
				.withConfig(ServerSettings.browser_remote_content_hostname_whitelist,
						"localhost,127.0.0.1," + browserHost)
				.withConfig(ServerSettings.browser_post_connect_cmd,
						"style " + guideBase + "/style.grass; play " + guideBase + "/guide.html")
				.withUnmanagedExtension(GUIDE_MOUNT, GuideResource.class)
				.build();
	}

	public URI boltUri() {
		return URI.create("bolt://" + host + ":" + neo4j.boltURI().getPort());
	}

	public URI httpUri() {
		return URI.create("http://" + host + ":" + httpPort);
	}

	/**
	 * The Browser with this server and the user filled in: only the password is left to type. The
	 * authentication method is named because a Browser that connected without one before remembers that.
	 */
	public URI browserUri() {
		return URI.create(httpUri() + "/browser/?preselectAuthMethod=NATIVE&dbms="
				+ boltUri().toString().replace("bolt://", "neo4j://" + USER + "@"));
	}

	/** The database itself, for reads in this process without a network round trip. */
	public org.neo4j.graphdb.GraphDatabaseService database() {
		return neo4j.defaultDatabaseService();
	}

	/** The {@code neo4j} user's password: the configured one, or the one kept in the data directory. */
	String password() {
		return password;
	}

	@Override
	public void close() {
		neo4j.close();
	}

	private static InetAddress resolve(String listenAddress) {
		try {
			return InetAddress.getByName(listenAddress);
		}
		catch (UnknownHostException ex) {
			throw new EmbeddedNeo4jException("cloudkg.embedded.listen-address '" + listenAddress
					+ "' is not an address of this machine: " + ex.getMessage());
		}
	}

	/** The host name a browser on this machine (or, for a public address, elsewhere) uses to reach us. */
	private static String browserHost(InetAddress address, String listenAddress) {
		if (address.isLoopbackAddress()) {
			return "localhost";
		}
		if (address.isAnyLocalAddress()) {
			try {
				return InetAddress.getLocalHost().getHostName();
			}
			catch (UnknownHostException ex) {
				return "localhost";
			}
		}
		return listenAddress;
	}

	/**
	 * Binds the port once to prove it is free; port 0 is resolved to a free port here so that the
	 * Browser's post-connect command can name the real HTTP port.
	 */
	private static int freePort(InetAddress address, int port, String what, String property, String env) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(address, port));
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new EmbeddedNeo4jException("Port " + port + " (" + what + " of the embedded Neo4j) on "
					+ address.getHostAddress() + " is already in use. Stop what uses it or set " + property
					+ " (" + env + ") to a free port.");
		}
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static void createDirectories(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new EmbeddedNeo4jException("Cannot create the embedded Neo4j's data directory " + dir + " ("
					+ describe(ex) + "). Create it, or set cloudkg.embedded.data-dir (CLOUDKG_EMBEDDED_DATA_DIR) to a "
					+ "directory this user can write.");
		}
	}

	/** Proves the directory takes a file: a read-only one would fail deep inside Neo4j with a misleading message. */
	private static void checkWritable(Path dir) {
		try {
			Files.delete(Files.createTempFile(dir, ".cloudkg-write-check", ".tmp"));
		}
		catch (IOException ex) {
			throw new EmbeddedNeo4jException("The embedded Neo4j's data directory " + dir + " is not writable ("
					+ describe(ex) + "). Make it writable for this user, or set cloudkg.embedded.data-dir "
					+ "(CLOUDKG_EMBEDDED_DATA_DIR) to a directory that is.");
		}
	}

	private static String describe(IOException ex) {
		if (ex instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		return ex.getClass().getSimpleName() + (ex.getMessage() != null ? ": " + ex.getMessage() : "");
	}

}
