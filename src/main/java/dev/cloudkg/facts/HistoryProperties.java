package dev.cloudkg.facts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the graph remembers what notes said before: the facts an import or a delete retracted, and the imports
 * themselves ({@code importHistory}, {@code asOf}).
 *
 * @param keep how long a retracted fact and an import's report are kept, e.g. {@code 30d}; unset keeps them forever,
 * {@code 0} keeps none (then {@code asOf} and {@code importHistory} are refused)
 */
@ConfigurationProperties("cloudkg.history")
public record HistoryProperties(Duration keep) {

	public HistoryProperties {
		if (keep != null && keep.isNegative()) {
			throw new IllegalArgumentException("cloudkg.history.keep must be 0 or more, not " + keep);
		}
	}

	/** Whether anything is kept. */
	public boolean enabled() {
		return keep == null || !keep.isZero();
	}

	/** The oldest time history is kept for at {@code now}; null when it is kept forever. */
	public java.time.ZonedDateTime horizon(java.time.ZonedDateTime now) {
		return (keep == null) ? null : now.minus(keep);
	}

}
