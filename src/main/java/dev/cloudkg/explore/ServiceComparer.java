package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.graph.Graph;
import dev.cloudkg.model.Service;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Builds a comparison table ("Batch vs Lambda") from the graph for any set of services: serverless,
 * time limit, pricing, every trait any of them has or lacks, and every relationship type any of them
 * has, outgoing and incoming. One statement reads all of it for all services.
 */
@Component
class ServiceComparer {

	private static final String DETAILS = """
			UNWIND $ids AS sid
			MATCH (s:Service {id: sid})
			RETURN sid,
			  COLLECT { MATCH (s)-[:PRICED_BY]->(p:PricingModel) WITH p ORDER BY p.id RETURN coalesce(p.name, p.id) } AS pricing,
			  COLLECT { MATCH (s)-[h:HAS_TRAIT]->(t:Trait) RETURN {id: t.id, name: coalesce(t.name, t.id), value: h.value} } AS traits,
			  COLLECT { MATCH (s)-[r]-(o:Service) WHERE type(r) IN $types
			            RETURN {type: type(r), incoming: endNode(r) = s, name: o.name} } AS relations""";

	private final Graph graph;

	private final List<String> types;

	ServiceComparer(Graph graph, Vocabulary vocabulary) {
		this.graph = graph;
		this.types = List.copyOf(vocabulary.relations().keySet());
	}

	Comparison compare(List<Service> services) {
		Map<String, Record> details = new HashMap<>();
		for (Record record : graph.read(DETAILS,
				Map.of("ids", services.stream().map(Service::id).toList(), "types", types))) {
			details.put(record.get("sid").asString(), record);
		}
		List<Comparison.Row> rows = new ArrayList<>();
		rows.add(row("serverless", services, s -> (s.serverless() != null) ? s.serverless().toString() : null));
		rows.add(row("time limit", services, Service::timeLimit));
		rows.add(row("pricing", services, s -> joined(details.get(s.id()).get("pricing").asList(Value::asString))));
		rows.addAll(traitRows(services, details));
		rows.addAll(relationRows(services, details));
		return new Comparison(services, rows);
	}

	private List<Comparison.Row> traitRows(List<Service> services, Map<String, Record> details) {
		// trait id -> (name, service id -> value)
		Map<String, String> names = new TreeMap<>();
		Map<String, Map<String, String>> values = new HashMap<>();
		for (Service service : services) {
			for (Value trait : details.get(service.id()).get("traits").values()) {
				String id = trait.get("id").asString();
				names.put(id, trait.get("name").asString());
				values.computeIfAbsent(id, k -> new HashMap<>())
						.put(service.id(),
								trait.get("value").isNull() ? null : String.valueOf(trait.get("value").asBoolean()));
			}
		}
		List<Comparison.Row> rows = new ArrayList<>();
		names.forEach((id, name) -> rows.add(row(name, services, s -> values.get(id).get(s.id()))));
		return rows;
	}

	private List<Comparison.Row> relationRows(List<Service> services, Map<String, Record> details) {
		// (type, incoming) -> service id -> other services' names
		Map<String, Map<String, List<String>>> others = new HashMap<>();
		for (Service service : services) {
			for (Value relation : details.get(service.id()).get("relations").values()) {
				String key = relation.get("type").asString() + (relation.get("incoming").asBoolean() ? " IN" : " OUT");
				others.computeIfAbsent(key, k -> new HashMap<>())
						.computeIfAbsent(service.id(), k -> new ArrayList<>())
						.add(relation.get("name").asString());
			}
		}
		List<Comparison.Row> rows = new ArrayList<>();
		for (String type : types) {
			for (String direction : List.of("OUT", "IN")) {
				Map<String, List<String>> byService = others.get(type + " " + direction);
				if (byService != null) {
					String dimension = type.toLowerCase(Locale.ROOT).replace('_', ' ')
							+ (direction.equals("IN") ? " (incoming)" : "");
					rows.add(row(dimension, services, s -> joined(byService.get(s.id()))));
				}
			}
		}
		return rows;
	}

	private static Comparison.Row row(String dimension, List<Service> services,
			Function<Service, String> value) {
		List<String> values = new ArrayList<>();
		services.forEach(s -> values.add(value.apply(s)));
		return new Comparison.Row(dimension, values);
	}

	private static String joined(List<String> names) {
		return (names == null || names.isEmpty()) ? null : String.join(", ", names.stream().sorted().toList());
	}

}
