package dev.cloudkg.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cloudkg.graph.Graph;
import dev.cloudkg.facts.ServiceDerivation;
import dev.cloudkg.model.Durations;
import dev.cloudkg.model.FactKind;
import dev.cloudkg.model.Note;
import dev.cloudkg.model.Service;
import dev.cloudkg.model.Source;
import org.neo4j.driver.Record;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Service.conflicts}: facts whose sources disagree (one note says 15 minutes, another 10). Every
 * value is kept with its sources; the service shows the one the derivation rule picks (curated facts
 * first, then the most recently imported note), which is the first here because the order is the same.
 */
@Controller
class Conflicts {

	private static final String STATEMENTS = """
			UNWIND $ids AS sid
			MATCH (d:Note)-[st:STATES]->(:Service {id: sid})
			WHERE st.fact IN $facts
			RETURN sid, d %s AS note, st.key AS key, st.value AS value, st.hasTimeLimit AS hasTimeLimit,
			       st.seconds AS seconds, st.line AS line, st.text AS text, st.fact AS fact
			ORDER BY sid, %s""".formatted(Note.PROJECTION, ServiceDerivation.PRECEDENCE);

	/** The facts that can disagree: the others are a relationship or a pricing model, stated or not. */
	private static final List<String> DISAGREEING = List.of(FactKind.SERVERLESS.stored(), FactKind.TIME_LIMIT.stored(),
			FactKind.TRAIT.stored());

	private static final String SOME_LIMIT = "has a time limit";

	private final Graph graph;

	private final AsOfGraph then;

	Conflicts(Graph graph, AsOfGraph then) {
		this.graph = graph;
		this.then = then;
	}

	/** One statement of a fact that can disagree, in precedence order. */
	private record Row(String key, Object value, Boolean hasTimeLimit, Number seconds, Source source) {
	}

	@BatchMapping(typeName = "Service", field = "conflicts")
	Map<Service, List<Conflict>> conflicts(List<Service> services,
			org.dataloader.BatchLoaderEnvironment environment) {
		Map<String, Map<String, List<Row>>> byService = new LinkedHashMap<>();
		List<String> current = services.stream().filter(s -> s.asOf() == null).map(Service::id).distinct().toList();
		if (!current.isEmpty()) {
			for (Record row : graph.read(STATEMENTS, Map.of("ids", current, "facts", DISAGREEING))) {
				byService.computeIfAbsent(row.get("sid").asString(), k -> new LinkedHashMap<>())
						.computeIfAbsent(row.get("key").asString(), k -> new ArrayList<>())
						.add(new Row(row.get("key").asString(), row.get("value").asObject(),
								row.get("hasTimeLimit").isNull() ? null : row.get("hasTimeLimit").asBoolean(),
								row.get("seconds").isNull() ? null : row.get("seconds").asLong(), Source.of(row)));
			}
		}
		Map<java.time.OffsetDateTime, Map<String, Map<String, List<Row>>>> past = new LinkedHashMap<>();
		services.stream().filter(s -> s.asOf() != null).map(Service::asOf).distinct().forEach(at -> {
			Map<String, Map<String, List<Row>>> rows = new LinkedHashMap<>();
			List<String> ids = services.stream().filter(s -> at.equals(s.asOf())).map(Service::id).toList();
			then.snapshots(ids, at, ServiceController.cache(environment))
					.forEach((id, snapshot) -> snapshot.facts().stream()
							.filter(f -> DISAGREEING.contains(f.fact().stored()))
							.forEach(f -> rows.computeIfAbsent(id, k -> new LinkedHashMap<>())
									.computeIfAbsent((String) f.props().get("key"), k -> new ArrayList<>())
									.add(new Row((String) f.props().get("key"), f.props().get("value"),
											(Boolean) f.props().get("hasTimeLimit"), (Number) f.props().get("seconds"),
											f.source()))));
			past.put(at, rows);
		});
		Map<Service, List<Conflict>> result = new LinkedHashMap<>();
		for (Service service : services) {
			List<Conflict> conflicts = new ArrayList<>();
			Map<String, Map<String, List<Row>>> rowsOf = (service.asOf() == null)
					? byService
					: past.get(service.asOf());
			rowsOf.getOrDefault(service.id(), Map.of()).forEach((key, rows) -> {
				Conflict conflict = conflict(key, rows);
				if (conflict != null) {
					conflicts.add(conflict);
				}
			});
			result.put(service, conflicts);
		}
		return result;
	}

	private static Conflict conflict(String key, List<Row> rows) {
		Map<String, List<Source>> values = new LinkedHashMap<>();
		for (Row row : rows) {
			values.computeIfAbsent(label(row), k -> new ArrayList<>())
					.add(row.source());
		}
		String chosen = label(rows.get(0));
		if (values.size() > 1 && values.containsKey(SOME_LIMIT)) {
			// "has a time limit" agrees with any particular limit
			List<Source> vague = values.remove(SOME_LIMIT);
			if (chosen.equals(SOME_LIMIT)) {
				chosen = values.keySet().iterator().next();
			}
			values.get(chosen).addAll(vague);
		}
		if (values.size() < 2) {
			return null;
		}
		List<ConflictValue> list = new ArrayList<>();
		values.forEach((value, sources) -> list.add(new ConflictValue(value, sources)));
		return new Conflict(key, chosen, list);
	}

	private static String label(Row row) {
		if (row.hasTimeLimit() != null) {
			if (!row.hasTimeLimit()) {
				return "no time limit";
			}
			return (row.seconds() == null) ? SOME_LIMIT : Durations.human(row.seconds().longValue());
		}
		return String.valueOf(row.value());
	}

	/** @param fact serverless, timeLimit or trait:id @param chosen the value shown @param values every value */
	record Conflict(String fact, String chosen, List<ConflictValue> values) {
	}

	/** @param value in words @param sources where it is stated */
	record ConflictValue(String value, List<Source> sources) {
	}

}
