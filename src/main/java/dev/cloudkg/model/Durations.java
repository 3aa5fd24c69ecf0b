package dev.cloudkg.model;

/** Durations as the API and the import reports write them. */
public final class Durations {

	private Durations() {
	}

	/** 900 → "15 minutes", 29 → "29 seconds". */
	public static String human(long seconds) {
		if (seconds % 86400 == 0) {
			return plural(seconds / 86400, "day");
		}
		if (seconds % 3600 == 0) {
			return plural(seconds / 3600, "hour");
		}
		if (seconds % 60 == 0) {
			return plural(seconds / 60, "minute");
		}
		return plural(seconds, "second");
	}

	private static String plural(long n, String unit) {
		return n + " " + unit + ((n == 1) ? "" : "s");
	}

}
