package dev.cloudkg.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.context.ThreadLocalAccessor;

/**
 * The Cypher statements one request ran, with their time and row counts, for {@code extensions.cypher}.
 *
 * <p>{@link Graph} adds to the log of the current thread. A request puts its log into the GraphQL context
 * under {@link #KEY}; Spring for GraphQL restores it as the current one around every data fetcher and
 * batch loader of that request (context propagation through {@link Accessor}), whatever thread they run on.
 */
public final class StatementLog {

	/** The key of the log in the GraphQL context and of its thread-local accessor. */
	public static final String KEY = "cloudkg.statementLog";

	private static final ThreadLocal<StatementLog> CURRENT = new ThreadLocal<>();

	private final List<Map<String, Object>> entries = new ArrayList<>();

	static StatementLog current() {
		return CURRENT.get();
	}

	synchronized void add(String statement, Map<String, Object> parameters, long nanos, int rows) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("statement", statement);
		entry.put("parameters", parameters);
		entry.put("ms", Math.round(nanos / 10_000.0) / 100.0);
		entry.put("rows", rows);
		entries.add(entry);
	}

	/** Statement, parameters, ms and rows of each statement, in the order they ran. */
	public synchronized List<Map<String, Object>> entries() {
		return List.copyOf(entries);
	}

	/** Lets Micrometer's context propagation carry the current log across threads. */
	public static final class Accessor implements ThreadLocalAccessor<StatementLog> {

		@Override
		public Object key() {
			return KEY;
		}

		@Override
		public StatementLog getValue() {
			return CURRENT.get();
		}

		@Override
		public void setValue(StatementLog value) {
			CURRENT.set(value);
		}

		@Override
		public void setValue() {
			CURRENT.remove();
		}

	}

}
