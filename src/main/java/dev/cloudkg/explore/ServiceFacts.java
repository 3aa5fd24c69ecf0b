package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.cloudkg.explore.Interpretation.Fact;
import dev.cloudkg.graph.Graph;
import dev.cloudkg.model.Note;
import dev.cloudkg.model.Source;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * The facts a question about one service asks for, read from the graph: where statements are made (the sources of
 * an answer), the service's pricing, traits and relationships. One parameterised statement each.
 */
@Component
class ServiceFacts {

	private static final String SOURCES = """
			UNWIND $facts AS f
			MATCH (d:Note)-[st:STATES]->(:Service {id: f.subject})
			WHERE st.fact = f.fact AND (f.type IS NULL OR st.type = f.type) AND (f.target IS NULL OR st.target = f.target)
			WITH DISTINCT d, st
			RETURN d %s AS note, st.line AS line, st.text AS text, st.fact AS fact
			ORDER BY d.curated DESC, note.id, line"""
			.formatted(Note.PROJECTION);

	private static final String DETAILS = """
			MATCH (s:Service {id: $id})
			RETURN COLLECT { MATCH (s)-[:PRICED_BY]->(p:PricingModel) WITH p ORDER BY p.id RETURN coalesce(p.name, p.id) } AS pricing,
			  COLLECT { MATCH (s)-[h:HAS_TRAIT]->(t:Trait) WITH t, h ORDER BY t.id
			            RETURN {name: coalesce(t.name, t.id), value: h.value} } AS traits,
			  COLLECT { MATCH (s)-[r]-(o:Service) WHERE type(r) IN $types
			            WITH r, o ORDER BY type(r), o.name
			            RETURN {type: type(r), out: startNode(r) = s, id: o.id, name: o.name} } AS relations""";

	private final Graph graph;

	private final List<String> types;

	ServiceFacts(Graph graph, dev.cloudkg.facts.Vocabulary vocabulary) {
		this.graph = graph;
		this.types = List.copyOf(vocabulary.relations().keySet());
	}

	/**
	 * Where the facts are stated about the service asked about: a fact without a subject is about it; one with a
	 * subject and no target is the subject's statement about it (a relationship asked from its object).
	 */
	List<Source> sources(String service, List<Fact> facts) {
		List<Map<String, Object>> wanted = new ArrayList<>();
		for (Fact fact : facts) {
			Map<String, Object> f = new HashMap<>();
			f.put("subject", (fact.subject() != null) ? fact.subject() : service);
			f.put("fact", fact.fact().stored());
			f.put("type", fact.type());
			f.put("target", (fact.subject() != null) ? service : fact.target());
			wanted.add(f);
		}
		if (wanted.isEmpty()) {
			return List.of();
		}
		return graph.read(SOURCES, Map.of("facts", wanted)).stream().map(Source::of).toList();
	}

	/** The service's pricing model names, traits and relationships. */
	Details details(String id) {
		List<Record> records = graph.read(DETAILS, Map.of("id", id, "types", types));
		if (records.isEmpty()) {
			return new Details(List.of(), List.of(), List.of());
		}
		Record record = records.get(0);
		return new Details(record.get("pricing").asList(v -> v.asString()),
				record.get("traits").asList(v -> new TraitValue(v.get("name").asString(),
						v.get("value").isNull() ? null : v.get("value").asBoolean())),
				record.get("relations").asList(v -> new Related(v.get("type").asString(), v.get("out").asBoolean(),
						v.get("id").asString(), v.get("name").asString())));
	}

	/** What the graph records of one service beyond its own properties. */
	record Details(List<String> pricing, List<TraitValue> traits, List<Related> relations) {
	}

	/** A trait the service has (true) or lacks (false). */
	record TraitValue(String name, Boolean value) {
	}

	/** A relationship of the service: {@code out} when it is the subject. */
	record Related(String type, boolean out, String id, String name) {
	}

}
