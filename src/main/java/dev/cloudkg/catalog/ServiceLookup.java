package dev.cloudkg.catalog;

import java.util.Locale;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;

/**
 * Finds a service by id, name, full name or alias, case-insensitively and with or without an
 * "AWS "/"Amazon " prefix. Each service keeps its lowercase keys in one string property
 * {@code lookup} ({@code |lambda|aws lambda|amazon lambda|}), searched with a text index.
 */
public final class ServiceLookup {

	private ServiceLookup() {
	}

	/** The text the user typed, as it appears between bars in {@code lookup}. */
	public static String needle(String key) {
		return "|" + normalize(key) + "|";
	}

	/** The same without an "AWS " or "Amazon " prefix. */
	public static String unprefixedNeedle(String key) {
		return "|" + normalize(key).replaceFirst("^(aws|amazon) ", "") + "|";
	}

	public static Condition matches(Node service, String key) {
		return service.property("lookup")
			.contains(Cypher.anonParameter(needle(key)))
			.or(service.property("lookup").contains(Cypher.anonParameter(unprefixedNeedle(key))));
	}

	private static String normalize(String key) {
		return key.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("|", "");
	}

}
