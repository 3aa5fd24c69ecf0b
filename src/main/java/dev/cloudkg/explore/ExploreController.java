package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cloudkg.system.GraphQlProperties;
import dev.cloudkg.model.Service;
import dev.cloudkg.system.BadRequestException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Questions across services: compare them, find how they are connected, search them. */
@Controller
class ExploreController {

	private static final int MAX_COMPARED = 20;

	private final ServiceResolver resolver;

	private final ServiceComparer comparer;

	private final PathFinder pathFinder;

	private final ServiceSearch search;

	private final GraphQlProperties properties;

	ExploreController(ServiceResolver resolver, ServiceComparer comparer, PathFinder pathFinder, ServiceSearch search,
			GraphQlProperties properties) {
		this.resolver = resolver;
		this.comparer = comparer;
		this.pathFinder = pathFinder;
		this.search = search;
		this.properties = properties;
	}

	@QueryMapping
	Comparison compare(@Argument List<String> ids) {
		if (ids.size() > MAX_COMPARED) {
			throw new BadRequestException("compare takes at most " + MAX_COMPARED + " services, got " + ids.size());
		}
		requireKeys(ids);
		// "lambda" and "AWS Lambda" are one service: it gets one column
		Map<String, Service> services = new LinkedHashMap<>();
		resolver.resolve(ids).forEach(s -> services.putIfAbsent(s.id(), s));
		if (services.size() < 2) {
			throw new BadRequestException(
					"compare needs at least two different services, e.g. [\"batch\", \"lambda\"]; got "
							+ ids);
		}
		return comparer.compare(new ArrayList<>(services.values()));
	}

	@QueryMapping
	List<Path> paths(@Argument String from, @Argument String to, @Argument Integer maxHops) {
		requireKeys(List.of(from, to));
		List<Service> ends = resolver.resolve(List.of(from, to));
		// maxHops was checked before execution (PathArgumentsValidation); PathFinder checks again
		return pathFinder.paths(ends.get(0), ends.get(1), (maxHops != null) ? maxHops : 4);
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument Integer first) {
		int size = (first != null) ? first : 10;
		if (size < 0 || size > properties.maxPageSize()) {
			throw new BadRequestException("first must be between 0 and " + properties.maxPageSize()
					+ " (cloudkg.graphql.max-page-size), was " + size);
		}
		return search.search(text, size);
	}

	private static void requireKeys(List<String> keys) {
		if (keys.stream().anyMatch(String::isBlank)) {
			throw new BadRequestException(
					"a service id or name is blank; name services like \"lambda\" or \"AWS Batch\"");
		}
	}

}
