package dev.cloudkg.facts;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs how far a long facts load got: the first batch, then every two seconds; and the numbers it logs. */
final class LoadProgress {

	// the load's own logger: its progress is part of what FactsImporter reports
	private static final Logger log = LoggerFactory.getLogger(FactsImporter.class);

	private static final long EVERY_NANOS = 2_000_000_000L;

	private final int total;

	private final long started = System.nanoTime();

	private long logged;

	private int done;

	LoadProgress(int total) {
		this.total = total;
	}

	void add(int services) {
		done += services;
		long now = System.nanoTime();
		if (done < total && (logged == 0 || now - logged >= EVERY_NANOS)) {
			logged = now;
			log.info("Facts: {} of {} services written ({}%), {} services/s", number(done), number(total),
					done * 100L / Math.max(total, 1), rate(done, now - started));
		}
	}

	/** How many services were written so far. */
	int done() {
		return done;
	}

	static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
	}

	static String number(long n) {
		return String.format(Locale.ROOT, "%,d", n);
	}

	static String rate(long services, long nanos) {
		return number(Math.round(services / Math.max(nanos / 1e9, 0.001)));
	}

}
