package dev.cloudkg.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one door to Neo4j: reads run in read transactions (so a cluster routes them to any member; the
 * embedded database answers them in-process), writes in one write transaction each through the driver. Counts the statements it runs, which the tests use to prove
 * nested fields are batched, and logs them to the request's {@link StatementLog} when one asked for it.
 */
@Component
public class Graph {

	private final Driver driver;

	private final String database;

	private final AtomicLong statements = new AtomicLong();

	private final InProcessReads inProcess;

	public Graph(Driver driver, @Value("${spring.data.neo4j.database:}") String database,
			ObjectProvider<InProcessReads> inProcess) {
		this.driver = driver;
		this.database = database.isBlank() ? null : database;
		this.inProcess = inProcess.getIfAvailable();
	}

	/** Runs one read-only statement with parameters. */
	public List<Record> read(String cypher, Map<String, Object> parameters) {
		statements.incrementAndGet();
		StatementLog log = StatementLog.current();
		long start = System.nanoTime();
		// the embedded database answers in this process: no Bolt round trip, no driver session
		List<Record> records = (inProcess != null) ? inProcess.read(cypher, parameters) : readThroughDriver(cypher, parameters);
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
		return driver.executableQuery(cypher).withParameters(parameters).withConfig(config.build()).execute().records();
	}

	/** Runs {@code work} in one write transaction: it all lands or none of it does. */
	public <T> T write(Function<Tx, T> work) {
		SessionConfig config = (database != null) ? SessionConfig.forDatabase(database) : SessionConfig.defaultConfig();
		try (var session = driver.session(config)) {
			return session.executeWrite(tx -> work.apply(new Tx(tx)));
		}
	}

	/** Statements run since start; only differences between two readings mean anything. */
	public long statementCount() {
		return statements.get();
	}

	/** A write transaction that counts its statements. */
	public final class Tx {

		private final TransactionContext tx;

		Tx(TransactionContext tx) {
			this.tx = tx;
		}

		public List<Record> run(String cypher, Map<String, Object> parameters) {
			statements.incrementAndGet();
			StatementLog log = StatementLog.current();
			long start = System.nanoTime();
			List<Record> records = tx.run(cypher, parameters).list();
			if (log != null) {
				log.add(cypher, parameters, System.nanoTime() - start, records.size());
			}
			return records;
		}

	}

}
