package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.cloudkg.catalog.ServiceLookup;
import dev.cloudkg.graph.Graph;
import dev.cloudkg.model.Service;
import dev.cloudkg.system.UnknownServiceException;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Resolves the ids or aliases a request names to services, all in one statement, the same way
 * {@code service(id:)} does (case-insensitive, "AWS "/"Amazon " optional).
 */
@Component
class ServiceResolver {

	private static final String BY_ID = """
			UNWIND $keys AS key
			RETURN key.index AS index, head(COLLECT {
			  MATCH (s:Service) WHERE s.id IN key.ids
			  WITH s ORDER BY CASE WHEN s.id = key.ids[0] THEN 0 ELSE 1 END
			  RETURN s %s
			}) AS service
			ORDER BY index""".formatted(Service.PROJECTION);

	private static final String RESOLVE = """
			UNWIND $keys AS key
			RETURN key.index AS index, head(COLLECT {
			  MATCH (s:Service) WHERE s.lookup CONTAINS key.needle OR s.lookup CONTAINS key.unprefixed
			  WITH s ORDER BY CASE WHEN s.lookup STARTS WITH key.needle THEN 0 ELSE 1 END, s.name
			  RETURN s %s
			}) AS service
			ORDER BY index""".formatted(Service.PROJECTION);

	private final Graph graph;

	ServiceResolver(Graph graph) {
		this.graph = graph;
	}

	/** The services named by {@code keys}, in the same order; an unknown key is an error naming it. */
	List<Service> resolve(List<String> keys) {
		List<Service> services = lookUp(keys);
		for (int i = 0; i < keys.size(); i++) {
			if (services.get(i) == null) {
				throw new UnknownServiceException(keys.get(i));
			}
		}
		return services;
	}

	/**
	 * The services named by {@code keys}, in the same order, null for a key that names none: by id first (an
	 * index seek for every key in one statement), then by name or alias (the text index) for the keys left.
	 */
	List<Service> lookUp(List<String> keys) {
		List<Map<String, Object>> byId = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			byId.add(Map.of("index", i, "ids", ServiceLookup.ids(keys.get(i))));
		}
		List<Service> services = new ArrayList<>();
		for (Record record : graph.read(BY_ID, Map.of("keys", byId))) {
			services.add(record.get("service").isNull() ? null : Service.of(record.get("service")));
		}
		List<Map<String, Object>> left = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			if (services.get(i) == null) {
				left.add(Map.of("index", i, "needle", ServiceLookup.needle(keys.get(i)), "unprefixed",
						ServiceLookup.unprefixedNeedle(keys.get(i))));
			}
		}
		if (!left.isEmpty()) {
			for (Record record : graph.read(RESOLVE, Map.of("keys", left))) {
				if (!record.get("service").isNull()) {
					services.set(record.get("index").asInt(), Service.of(record.get("service")));
				}
			}
		}
		return services;
	}

}
