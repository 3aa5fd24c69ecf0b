package dev.cloudkg.graph;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Reads {@link Graph#STATEMENTS}: tests compare two readings to count the statements a request ran. */
public final class StatementsRun {

	private StatementsRun() {
	}

	/** Statements run since start, reads and writes; only differences between two readings mean anything. */
	public static long count(MeterRegistry meters) {
		return Math.round(meters.find(Graph.STATEMENTS).counters().stream().mapToDouble(Counter::count).sum());
	}

}
