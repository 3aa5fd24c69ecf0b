package dev.cloudkg.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * Reads on the embedded database in this process, with no Bolt round trip: the same Cypher and
 * parameters, the rows handed back as driver records so callers cannot tell the difference. Only for
 * reads that return values (properties, maps, lists), which is every read of this service; writes keep
 * going through the driver.
 */
public final class InProcessReads {

	private final GraphDatabaseService database;

	public InProcessReads(GraphDatabaseService database) {
		this.database = database;
	}

	List<Record> read(String cypher, Map<String, Object> parameters) {
		try (Transaction tx = database.beginTx(); Result result = tx.execute(cypher, parameters)) {
			List<String> keys = result.columns();
			List<Record> records = new ArrayList<>();
			while (result.hasNext()) {
				Map<String, Object> row = result.next();
				Value[] values = new Value[keys.size()];
				for (int i = 0; i < values.length; i++) {
					values[i] = Values.value(row.get(keys.get(i)));
				}
				records.add(new InternalRecord(keys, java.util.Arrays.asList(values)));
			}
			tx.commit();
			return records;
		}
	}

}
