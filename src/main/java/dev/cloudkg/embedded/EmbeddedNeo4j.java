package dev.cloudkg.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	/** Mount point of the guide and style on Neo4j's own HTTP server (same origin as the Browser). */
	public static final String GUIDE_MOUNT = "/cloudkg";

	private final Neo4j neo4j;

	private final String host;

	private final int httpPort;

	private final boolean authEnabled;

	private EmbeddedNeo4j(Neo4j neo4j, String host, int httpPort, boolean authEnabled) {
		this.neo4j = neo4j;
		this.host = host;
		this.httpPort = httpPort;
		this.authEnabled = authEnabled;
	}

	/** Checks the settings, then starts the server; fails fast with a message naming the setting to change. */
	public static EmbeddedNeo4j start(EmbeddedProperties properties) {
		InetAddress address = resolve(properties.listenAddress());
		if (!address.isLoopbackAddress() && !properties.authEnabled()) {
			throw new EmbeddedNeo4jException("The embedded Neo4j would listen on " + properties.listenAddress()
					+ ", which is not a loopback address, without authentication. Set cloudkg.embedded.password "
					+ "(CLOUDKG_EMBEDDED_PASSWORD) or listen on localhost (cloudkg.embedded.listen-address).");
		}
		int boltPort = freePort(address, properties.boltPort(), "Bolt", "cloudkg.embedded.bolt-port",
				"CLOUDKG_EMBEDDED_BOLT_PORT");
		int httpPort = freePort(address, properties.httpPort(), "HTTP (Neo4j Browser)", "cloudkg.embedded.http-port",
				"CLOUDKG_EMBEDDED_HTTP_PORT");
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		createDirectories(dataDir);

		String browserHost = browserHost(address, properties.listenAddress());
		long started = System.nanoTime();
		Neo4j neo4j;
		try {
			neo4j = server(properties, dataDir, boltPort, httpPort, browserHost);
		}
		catch (RuntimeException ex) {
			throw new EmbeddedNeo4jException("The embedded Neo4j could not start with its data in " + dataDir + ": "
					+ rootCause(ex).getMessage() + ". If another cloudkg uses that directory, stop it or set "
					+ "cloudkg.embedded.data-dir (CLOUDKG_EMBEDDED_DATA_DIR) to another one.", ex);
		}
		EmbeddedNeo4j embedded = new EmbeddedNeo4j(neo4j, browserHost, httpPort, properties.authEnabled());
		if (properties.authEnabled()) {
			embedded.setPassword(properties.password());
		}
		log.info("Embedded Neo4j started in {} ms: Bolt {}, Neo4j Browser {} (data in {})",
				(System.nanoTime() - started) / 1_000_000, embedded.boltUri(), embedded.browserUri(), dataDir);
		return embedded;
	}

	private static Neo4j server(EmbeddedProperties properties, Path dataDir, int boltPort, int httpPort,
			String browserHost) {
		String guideBase = "http://" + browserHost + ":" + httpPort + GUIDE_MOUNT;
		return Neo4jBuilders.newInProcessBuilder(dataDir.resolve("run"))
			.withConfig(GraphDatabaseSettings.data_directory, dataDir)
			.withConfig(GraphDatabaseSettings.auth_enabled, properties.authEnabled())
			.withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
			.withConfig(BoltConnector.enabled, true)
			.withConfig(BoltConnector.listen_address, new SocketAddress(properties.listenAddress(), boltPort))
			.withConfig(BoltConnector.advertised_address, new SocketAddress(browserHost, boltPort))
			.withConfig(HttpConnector.enabled, true)
			.withConfig(HttpConnector.listen_address, new SocketAddress(properties.listenAddress(), httpPort))
			.withConfig(HttpConnector.advertised_address, new SocketAddress(browserHost, httpPort))
			.withConfig(HttpsConnector.enabled, false)
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

	/** The Browser, preconfigured to connect to this server without typing anything. */
	public URI browserUri() {
		String auth = authEnabled ? "" : "preselectAuthMethod=NO_AUTH&";
		return URI.create(httpUri() + "/browser/?" + auth + "dbms=" + boltUri().toString().replace("bolt://", "neo4j://"));
	}

	/** The database itself, for reads in this process without a network round trip. */
	public org.neo4j.graphdb.GraphDatabaseService database() {
		return neo4j.defaultDatabaseService();
	}

	public boolean authEnabled() {
		return authEnabled;
	}

	@Override
	public void close() {
		neo4j.close();
	}

	private void setPassword(String password) {
		neo4j.databaseManagementService()
			.database("system")
			.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", password));
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
			throw new UncheckedIOException("Cannot create the embedded Neo4j data directory " + dir
					+ " (cloudkg.embedded.data-dir)", ex);
		}
	}

}
