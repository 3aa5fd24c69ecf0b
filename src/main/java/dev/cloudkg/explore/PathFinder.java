package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.cloudkg.system.GraphQlProperties;
import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.graph.Graph;
import dev.cloudkg.model.Service;
import dev.cloudkg.system.BadRequestException;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * The shortest paths between two services over their relationships (any vocabulary type, either
 * direction), in one statement. The hop bound of a variable-length pattern must be a literal, so there
 * is one statement per allowed bound, made at start from integers 1..{@code cloudkg.graphql.max-hops}:
 * no request text ever reaches the Cypher.
 */
@Component
class PathFinder {

	private static final String PATHS = """
			MATCH (a:Service {id: $from}), (b:Service {id: $to})
			MATCH p = allShortestPaths((a)-[rels*1..%d]-(b))
			WHERE all(r IN rels WHERE type(r) IN $types)
			RETURN [n IN nodes(p) | n %s] AS services,
			       [r IN rels | {from: startNode(r).id, type: type(r), to: endNode(r).id}] AS steps""";

	private final Graph graph;

	private final List<String> types;

	private final List<String> statements;

	PathFinder(Graph graph, Vocabulary vocabulary, GraphQlProperties properties) {
		this.graph = graph;
		this.types = List.copyOf(vocabulary.relations().keySet());
		this.statements = IntStream.rangeClosed(1, properties.maxHops())
				.mapToObj(hops -> PATHS.formatted(hops, Service.PROJECTION))
				.toList();
	}

	/** Every shortest path of at most {@code maxHops} relationships, ordered by the names along it. */
	List<Path> paths(Service from, Service to, int maxHops) {
		if (maxHops < 1 || maxHops > statements.size()) {
			throw new BadRequestException("maxHops must be between 1 and " + statements.size()
					+ " (cloudkg.graphql.max-hops), was " + maxHops);
		}
		if (from.id().equals(to.id())) {
			throw new BadRequestException("from and to are the same service (" + from.id() + "); name two services");
		}
		List<Path> paths = new ArrayList<>();
		for (Record record : graph.read(statements.get(maxHops - 1),
				Map.of("from", from.id(), "to", to.id(), "types", types))) {
			Map<String, Service> services = new HashMap<>();
			record.get("services").asList(Service::of).forEach(s -> services.put(s.id(), s));
			paths.add(
					new Path(record.get("steps").asList(step -> new Path.Step(services.get(step.get("from").asString()),
							step.get("type").asString(), services.get(step.get("to").asString())))));
		}
		paths.sort(Comparator.comparing(PathFinder::sortKey));
		return paths;
	}

	private static String sortKey(Path path) {
		StringBuilder key = new StringBuilder();
		path.steps().forEach(s -> key.append(s.from().name()).append('\u0000').append(s.type()).append('\u0000')
				.append(s.to().name()).append('\u0000'));
		return key.toString();
	}

}
