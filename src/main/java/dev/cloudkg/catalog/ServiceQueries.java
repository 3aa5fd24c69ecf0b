package dev.cloudkg.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.cloudkg.graph.Graph;
import dev.cloudkg.model.Direction;
import dev.cloudkg.model.Note;
import dev.cloudkg.model.PricingModel;
import dev.cloudkg.model.Relation;
import dev.cloudkg.model.Service;
import dev.cloudkg.model.Source;
import dev.cloudkg.model.Trait;
import dev.cloudkg.model.TraitValue;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * The reads behind the catalog: one parameterised statement each, and batch reads that take the ids of
 * a whole page at once.
 */
@Component
class ServiceQueries {

	private static final String BY_ID = """
			MATCH (s:Service) WHERE s.id IN $ids
			RETURN s %s AS service
			ORDER BY %s LIMIT 1""".formatted(Service.PROJECTION, ServiceLookup.ID_FIRST);

	private static final String BY_KEY = """
			MATCH (s:Service) WHERE s.lookup CONTAINS $needle OR s.lookup CONTAINS $unprefixed
			RETURN s %s AS service
			ORDER BY CASE WHEN s.lookup STARTS WITH $needle THEN 0 ELSE 1 END, s.name LIMIT 1"""
			.formatted(Service.PROJECTION);

	private static final String PRICING = """
			UNWIND $ids AS sid
			MATCH (:Service {id: sid})-[:PRICED_BY]->(p:PricingModel)
			RETURN sid, p.id AS id, p.name AS name ORDER BY sid, id""";

	private static final String TRAITS = """
			UNWIND $ids AS sid
			MATCH (:Service {id: sid})-[h:HAS_TRAIT]->(t:Trait)
			RETURN sid, t.id AS id, t.name AS name, h.value AS value ORDER BY sid, id""";

	/** The pattern follows the direction asked for: {@code OUT} does not read incoming relationships. */
	private static final String RELATIONS = """
			UNWIND $ids AS sid
			MATCH (s:Service {id: sid})%s(o:Service)
			WITH sid, r, o, CASE WHEN startNode(r) = s THEN 'OUT' ELSE 'IN' END AS direction
			WHERE ($direction = 'BOTH' OR direction = $direction) AND ($types IS NULL OR type(r) IN $types)
			RETURN sid, type(r) AS type, r.via AS via, direction, o %s AS other, %s AS nested
			ORDER BY sid, type, direction DESC, other.name""";

	/** The next level, for each related service {@code o}, in the order of a level of its own. */
	private static final String NESTED = """
			COLLECT {
			  MATCH (o)%s(o2:Service)
			  WITH r2, o2, CASE WHEN startNode(r2) = o THEN 'OUT' ELSE 'IN' END AS direction2
			  WHERE ($direction2 = 'BOTH' OR direction2 = $direction2) AND ($types2 IS NULL OR type(r2) IN $types2)
			  WITH r2, o2, direction2 ORDER BY type(r2), direction2 DESC, o2.name
			  RETURN {type: type(r2), via: r2.via, direction: direction2, other: o2 %s}
			}""";

	private static final Map<Direction, String> PATTERNS = Map.of(Direction.OUT, "-[%1$s]->", Direction.IN, "<-[%1$s]-",
			Direction.BOTH, "-[%1$s]-");

	private static String relationsStatement(Direction direction, Direction nested) {
		return RELATIONS.formatted(PATTERNS.get(direction).formatted("r"), Service.PROJECTION, (nested == null)
				? "null"
				: NESTED.formatted(PATTERNS.get(nested).formatted("r2"), Service.PROJECTION));
	}

	private static final String MENTIONED_IN = """
			UNWIND $ids AS sid
			MATCH (d:Note)-[:MENTIONS]->(:Service {id: sid})
			RETURN sid, d %s AS note ORDER BY sid, note.id""".formatted(Note.PROJECTION);

	private static final String SOURCES = """
			UNWIND $ids AS sid
			MATCH (d:Note)-[st:STATES]->(:Service {id: sid})
			RETURN sid, d %s AS note, st.line AS line, st.text AS text, st.fact AS fact, st.type AS type,
			       st.target AS target
			ORDER BY sid, d.curated DESC, note.id, line, fact, target""".formatted(Note.PROJECTION);

	private static final String NOTES = "MATCH (d:Note) RETURN d %s AS note ORDER BY d.kind, d.id"
			.formatted(Note.PROJECTION);

	private static final String NOTE = "MATCH (d:Note {id: $id}) RETURN d %s AS note".formatted(Note.PROJECTION);

	private static final String NOTE_SERVICES = """
			UNWIND $ids AS nid
			MATCH (:Note {id: nid})-[:MENTIONS]->(s:Service)
			RETURN nid AS sid, s %s AS service ORDER BY sid, service.name""".formatted(Service.PROJECTION);

	private static final String TRAIT_LIST = "MATCH (t:Trait) RETURN t.id AS id, t.name AS name ORDER BY id";

	private static final String PRICING_LIST = "MATCH (p:PricingModel) RETURN p.id AS id, p.name AS name ORDER BY id";

	private final Graph graph;

	private final PageStatements pages;

	private final FacetStatements facets;

	ServiceQueries(Graph graph, ServiceFilter filter) {
		this.graph = graph;
		this.pages = new PageStatements(filter);
		this.facets = new FacetStatements(filter);
	}

	/** The id of the service {@code key} names (as {@link #byKey}); null when none. */
	String idOf(String key) {
		Service service = byKey(key);
		return (service != null) ? service.id() : null;
	}

	/** By id first (an index seek), else by name, full name or alias (the text index). */
	Service byKey(String key) {
		List<Record> records = graph.read(BY_ID, Map.of("ids", ServiceLookup.ids(key)));
		if (records.isEmpty()) {
			records = graph.read(BY_KEY,
					Map.of("needle", ServiceLookup.needle(key), "unprefixed", ServiceLookup.unprefixedNeedle(key)));
		}
		return records.isEmpty() ? null : Service.of(records.get(0).get("service"));
	}

	/**
	 * One statement: one page after the cursor, in the given order, and the total count when
	 * {@code counted} (a client that does not select {@code totalCount} does not pay for counting).
	 */
	ServiceConnection page(ServiceWhere where, ServiceOrdering ordering, int first, Cursor after, boolean counted) {
		PageStatements.Rendered statement = pages.page(where, ordering, first, after, counted);
		return anchoredRead(where, statement, parameters -> page(statement, parameters, ordering, first, after),
				page -> !page.nodes().isEmpty());
	}

	/** One statement: the facets of the services matching {@code where} ({@link FacetStatements}). */
	ServiceFacets facets(ServiceWhere where) {
		PageStatements.Rendered statement = facets.facets(where);
		return anchoredRead(where, statement,
				parameters -> ServiceFacets.of(graph.read(statement.cypher(), parameters).get(0)),
				found -> found.total() > 0);
	}

	/**
	 * Reads {@code statement}, whose matching starts from the service a top-level {@code related} names when there
	 * is one ({@link ServiceFilter#matching}). Most keys are an id, or a name whose slug is one: the statement runs
	 * with that id at once, one statement. Services found prove it names a service (the statement starts from it),
	 * and the one the lookup would choose, since the lookup tries that id first. Only an answer without services
	 * resolves the key (a name, an alias) and reads again if it names another service.
	 */
	private <T> T anchoredRead(ServiceWhere where, PageStatements.Rendered statement,
			Function<Map<String, Object>, T> read, java.util.function.Predicate<T> found) {
		if (where == null || where.related() == null || where.related().service() == null) {
			return read.apply(statement.parameters());
		}
		String key = where.related().service();
		List<String> ids = ServiceLookup.ids(key);
		String tried = ids.isEmpty() ? null : ids.get(0);
		T answer = null;
		if (tried != null) {
			answer = read.apply(anchored(statement, tried));
			if (found.test(answer)) {
				return answer;
			}
		}
		String resolved = idOf(key);
		if (answer != null && java.util.Objects.equals(resolved, tried)) {
			return answer;
		}
		// null when the key names no service: then nothing matches
		return read.apply(anchored(statement, resolved));
	}

	private static Map<String, Object> anchored(PageStatements.Rendered statement, String anchor) {
		Map<String, Object> parameters = new java.util.HashMap<>(statement.parameters());
		parameters.put(ServiceFilter.ANCHOR, anchor);
		return parameters;
	}

	private ServiceConnection page(PageStatements.Rendered statement, Map<String, Object> parameters,
			ServiceOrdering ordering, int first, Cursor after) {
		Record record = graph.read(statement.cypher(), parameters).get(0);
		List<Service> services = record.get("page").asList(Service::of);
		List<List<Object>> computed = record.get("page")
				.asList(v -> v.get(ServiceOrdering.COMPUTED).isNull()
						? List.of()
						: v.get(ServiceOrdering.COMPUTED).asList());
		boolean hasNext = services.size() > first;
		int size = hasNext ? first : services.size();
		return ServiceConnection.of(services.subList(0, size), computed.subList(0, size), ordering, hasNext,
				after != null, record.get("total").asInt());
	}

	Map<String, List<PricingModel>> pricing(Collection<String> ids) {
		return grouped(PRICING, ids, r -> new PricingModel(r.get("id").asString(), r.get("name").asString()));
	}

	Map<String, List<TraitValue>> traits(Collection<String> ids) {
		return grouped(TRAITS, ids, r -> new TraitValue(new Trait(r.get("id").asString(), r.get("name").asString()),
				r.get("value").asBoolean(), r.get("sid").asString()));
	}

	/** Relations of many services for one (types, direction) combination. */
	Map<String, List<Relation>> relations(Collection<String> ids, List<String> types, Direction direction) {
		return relations(ids, types, direction, null).relations();
	}

	/**
	 * Relations of many services for one (types, direction) combination, and when {@code nested} is given the
	 * relations of every related service at that level too: one statement either way.
	 */
	TwoLevels relations(Collection<String> ids, List<String> types, Direction direction, RelationsKey.Level nested) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("ids", List.copyOf(ids));
		parameters.put("types", types);
		parameters.put("direction", direction.name());
		if (nested != null) {
			parameters.put("types2", nested.types());
			parameters.put("direction2", nested.direction().name());
		}
		String cypher = relationStatements.computeIfAbsent(
				Arrays.asList(direction, (nested != null) ? nested.direction() : null),
				k -> relationsStatement(direction, (nested != null) ? nested.direction() : null));
		Map<String, List<Relation>> result = new LinkedHashMap<>();
		Map<String, List<Relation>> next = new LinkedHashMap<>();
		for (Record r : graph.read(cypher, parameters)) {
			String sid = r.get("sid").asString();
			Service other = Service.of(r.get("other"));
			result.computeIfAbsent(sid, k -> new ArrayList<>())
					.add(relation(sid, r.get("type"), r.get("direction"), other, r.get("via")));
			if (!r.get("nested").isNull() && !next.containsKey(other.id())) {
				next.put(other.id(), r.get("nested").asList(n -> relation(other.id(), n.get("type"), n.get("direction"),
						Service.of(n.get("other")), n.get("via"))));
			}
		}
		return new TwoLevels(result, next);
	}

	/** Relations by service id, and the next level's by related service id (empty when not asked for). */
	record TwoLevels(Map<String, List<Relation>> relations, Map<String, List<Relation>> nested) {
	}

	private final Map<List<Direction>, String> relationStatements = new java.util.concurrent.ConcurrentHashMap<>();

	private static Relation relation(String sid, org.neo4j.driver.Value type, org.neo4j.driver.Value direction,
			Service other, org.neo4j.driver.Value via) {
		Direction d = Direction.valueOf(direction.asString());
		String subject = (d == Direction.OUT) ? sid : other.id();
		String object = (d == Direction.OUT) ? other.id() : sid;
		return new Relation(type.asString(), d, other, subject, object, via.isNull() ? null : via.asString());
	}

	Map<String, List<Note>> mentionedIn(Collection<String> ids) {
		return grouped(MENTIONED_IN, ids, r -> Note.of(r.get("note")));
	}

	/** Every statement about the services, with the relation type and target it concerns (if any). */
	Map<String, List<SourceRow>> sources(Collection<String> ids) {
		return grouped(SOURCES, ids,
				r -> new SourceRow(Source.of(r), r.get("type").isNull() ? null : r.get("type").asString(),
						r.get("target").isNull() ? null : r.get("target").asString()));
	}

	List<Note> notes() {
		return graph.read(NOTES, Map.of()).stream().map(r -> Note.of(r.get("note"))).toList();
	}

	Note note(String id) {
		List<Record> records = graph.read(NOTE, Map.of("id", id));
		return records.isEmpty() ? null : Note.of(records.get(0).get("note"));
	}

	Map<String, List<Service>> servicesOfNotes(Collection<String> noteIds) {
		return grouped(NOTE_SERVICES, noteIds, r -> Service.of(r.get("service")));
	}

	List<Trait> traitList() {
		return graph.read(TRAIT_LIST, Map.of())
				.stream()
				.map(r -> new Trait(r.get("id").asString(), r.get("name").asString()))
				.toList();
	}

	List<PricingModel> pricingModels() {
		return graph.read(PRICING_LIST, Map.of())
				.stream()
				.map(r -> new PricingModel(r.get("id").asString(), r.get("name").asString()))
				.toList();
	}

	private <T> Map<String, List<T>> grouped(String cypher, Collection<String> ids, Function<Record, T> mapper) {
		Map<String, List<T>> result = new LinkedHashMap<>();
		for (Record r : graph.read(cypher, Map.of("ids", List.copyOf(ids)))) {
			result.computeIfAbsent(r.get("sid").asString(), k -> new ArrayList<>()).add(mapper.apply(r));
		}
		return result;
	}

	/** A source row with the relation or trait it is about. */
	record SourceRow(Source source, String type, String target) {
	}

}
