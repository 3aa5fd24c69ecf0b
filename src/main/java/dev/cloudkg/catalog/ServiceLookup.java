package dev.cloudkg.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;

/**
 * Finds a service by id, name, full name or alias, case-insensitively and with or without an
 * "AWS "/"Amazon " prefix. Each service keeps its lowercase keys in one string property
 * {@code lookup} ({@code |lambda|aws lambda|amazon lambda|}), searched with a text index.
 *
 * <p>Most keys people send are ids ("ec2", "api-gateway") or names whose slug is the id ("API Gateway",
 * "Amazon ECS"): those are found first with a seek of the unique id index, and the text index is searched
 * only for what that does not find (an alias, a full name).
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

	/**
	 * The ids {@code key} may be, most likely first: its slug ("API Gateway" is {@code api-gateway}), then the
	 * same without an "AWS "/"Amazon " prefix ("Amazon ECS" is {@code ecs}).
	 */
	public static List<String> ids(String key) {
		Set<String> ids = new LinkedHashSet<>();
		ids.add(slug(normalize(key)));
		ids.add(slug(normalize(key).replaceFirst("^(aws|amazon) ", "")));
		ids.remove("");
		return List.copyOf(ids);
	}

	/** Cypher ordering the services found by {@link #ids} as the list does: {@code $ids[0]} first. */
	public static final String ID_FIRST = "CASE WHEN s.id = $ids[0] THEN 0 ELSE 1 END";

	public static Condition matches(Node service, String key) {
		return service.property("lookup")
				.contains(Cypher.anonParameter(needle(key)))
				.or(service.property("lookup").contains(Cypher.anonParameter(unprefixedNeedle(key))));
	}

	private static String slug(String text) {
		return text.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

	private static String normalize(String key) {
		return key.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("|", "");
	}

}
