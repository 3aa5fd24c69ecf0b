package dev.cloudkg.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one door to Neo4j: reads run in read transactions (so a cluster routes them to any member; the
 * embedded database answers them in-process), writes in one write transaction each through the driver. Counts
 * the statements it runs in the metric {@value #STATEMENTS} (tag {@code access}: {@code read} or {@code write};
 * {@code /actuator/metrics/cloudkg.graph.statements}), and logs them to the request's {@link StatementLog} when one
 * asked for it.
 *
 * <p>Fails clearly: an unreachable Neo4j is a {@link GraphUnavailableException} (the driver's timeouts in
 * {@code application.yml} bound how long that takes), a data directory short of space refuses writes before
 * they start ({@link StorageSpace}), and a write given a time limit that runs over it is rolled back.
 */
@Component
public class Graph {

	/** {@code logging.level.dev.cloudkg.graph.Graph=DEBUG}: the time of every statement a write runs. */
	private static final org.slf4j.Logger timings = org.slf4j.LoggerFactory.getLogger(Graph.class);

	private final Driver driver;

	private final String database;

	/** The metric counting the statements run, tagged {@code access=read|write}. */
	public static final String STATEMENTS = "cloudkg.graph.statements";

	private final Counter reads;

	private final Counter writes;

	private final InProcessReads inProcess;

	private final StorageSpace storage;

	public Graph(Driver driver, @Value("${spring.data.neo4j.database:}") String database,
			ObjectProvider<InProcessReads> inProcess, ObjectProvider<StorageSpace> storage,
			ObjectProvider<MeterRegistry> meters) {
		this.driver = driver;
		MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
		this.reads = counter(registry, "read");
		this.writes = counter(registry, "write");
		this.database = database.isBlank() ? null : database;
		this.inProcess = inProcess.getIfAvailable();
		this.storage = storage.getIfAvailable();
	}

	/** Runs one read-only statement with parameters. */
	public List<Record> read(String cypher, Map<String, Object> parameters) {
		reads.increment();
		StatementLog log = StatementLog.current();
		long start = System.nanoTime();
		// the embedded database answers in this process: no Bolt round trip, no driver session
		List<Record> records = (inProcess != null)
				? inProcess.read(cypher, parameters)
				: readThroughDriver(cypher, parameters);
		if (log != null) {
			log.add(cypher, parameters, System.nanoTime() - start, records.size());
		}
		return records;
	}

	private List<Record> readThroughDriver(String cypher, Map<String, Object> parameters) {
		QueryConfig.Builder config = QueryConfig.builder().withRouting(RoutingControl.READ);
		if (database != null) {
			config.withDatabase(database);
		}
		try {
			return driver.executableQuery(cypher).withParameters(parameters).withConfig(config.build()).execute()
					.records();
		}
		catch (ServiceUnavailableException | SessionExpiredException ex) {
			throw GraphUnavailableException.of(ex);
		}
	}

	/** Runs {@code work} in one write transaction: it all lands or none of it does. */
	public <T> T write(Function<Tx, T> work) {
		return write(null, work);
	}

	/**
	 * Runs {@code work} in one write transaction that Neo4j rolls back if it runs longer than {@code timeout}
	 * (null: the server's limit, if any).
	 * @throws GraphUnavailableException when Neo4j cannot be reached
	 * @throws StorageSpace.FullException when the data directory is short of space (nothing is written)
	 * @throws WriteTimeoutException when the transaction ran over {@code timeout} (nothing is written)
	 */
	public <T> T write(Duration timeout, Function<Tx, T> work) {
		if (storage != null) {
			storage.ensureRoom();
		}
		SessionConfig config = (database != null) ? SessionConfig.forDatabase(database) : SessionConfig.defaultConfig();
		TransactionConfig tx = (timeout != null)
				? TransactionConfig.builder().withTimeout(timeout).build()
				: TransactionConfig.empty();
		long start = System.nanoTime();
		try (var session = driver.session(config)) {
			return session.executeWrite(t -> work.apply(new Tx(t)), tx);
		}
		catch (ServiceUnavailableException | SessionExpiredException ex) {
			throw GraphUnavailableException.of(ex);
		}
		catch (ClientException ex) {
			if (ex.code() != null && ex.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
				throw new WriteTimeoutException(timeout, ex);
			}
			throw ex;
		}
		finally {
			if (timings.isDebugEnabled()) {
				timings.debug("{} ms: the write transaction, statements and commit",
						(System.nanoTime() - start) / 1_000_000);
			}
		}
	}

	private static Counter counter(MeterRegistry registry, String access) {
		return Counter.builder(STATEMENTS).tag("access", access).description("Cypher statements run")
				.register(registry);
	}

	/** A write transaction that counts its statements. */
	public final class Tx {

		private final TransactionContext tx;

		Tx(TransactionContext tx) {
			this.tx = tx;
		}

		public List<Record> run(String cypher, Map<String, Object> parameters) {
			writes.increment();
			StatementLog log = StatementLog.current();
			long start = System.nanoTime();
			List<Record> records = tx.run(cypher, parameters).list();
			if (timings.isDebugEnabled()) {
				timings.debug("{} ms, {} rows: {}", (System.nanoTime() - start) / 1_000_000, records.size(),
						cypher.lines().findFirst().orElse(""));
			}
			if (log != null) {
				log.add(cypher, parameters, System.nanoTime() - start, records.size());
			}
			return records;
		}

	}

}
