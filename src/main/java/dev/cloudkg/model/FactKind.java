package dev.cloudkg.model;

/**
 * What kind of fact a source states about a service. The graph stores {@link #stored()} as the {@code fact}
 * property of every {@code STATES} relationship and the API shows it, so a constant may be renamed but its stored
 * name never: data directories written before must read back the same.
 */
public enum FactKind {

	EXISTS("exists"), SERVERLESS("serverless"), TIME_LIMIT("timeLimit"), PRICING("pricing"), TRAIT("trait"), RELATION(
			"relation");

	private final String stored;

	FactKind(String stored) {
		this.stored = stored;
	}

	/** The name in the graph and the API, e.g. {@code timeLimit}. */
	public String stored() {
		return stored;
	}

	/**
	 * The kind a stored name stands for: the one place a {@code fact} read from the graph or a facts file becomes
	 * a kind.
	 * @throws IllegalArgumentException for a name no kind has
	 */
	public static FactKind of(String stored) {
		// a switch, not a search of values(): a facts load maps every one of its million statements
		return switch (stored) {
			case "exists" -> EXISTS;
			case "serverless" -> SERVERLESS;
			case "timeLimit" -> TIME_LIMIT;
			case "pricing" -> PRICING;
			case "trait" -> TRAIT;
			case "relation" -> RELATION;
			default -> throw new IllegalArgumentException("no kind of fact is stored as '" + stored + "'");
		};
	}

}
