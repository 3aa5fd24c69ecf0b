package dev.cloudkg.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * Loads {@code Service.relations} for every service of a request level at once: one statement per
 * distinct (types, direction) combination in the query, never one per service; with the next level too when
 * the query asks for it ({@link RelationsKey#nested()}), so two levels cost one statement.
 */
@Configuration(proxyBeanMethods = false)
class RelationsLoaderConfiguration {

	RelationsLoaderConfiguration(BatchLoaderRegistry registry, ServiceQueries queries) {
		registry.<RelationsKey, RelationsKey.Loaded>forName(RelationsKey.LOADER)
				.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(queries, keys)));
	}

	private static Map<RelationsKey, RelationsKey.Loaded> load(ServiceQueries queries, Set<RelationsKey> keys) {
		Map<RelationsKey, RelationsKey.Loaded> result = new HashMap<>();
		Map<List<Object>, List<RelationsKey>> groups = keys.stream()
				.collect(Collectors.groupingBy(k -> Arrays.asList(k.types(), k.direction(), k.nested()),
						LinkedHashMap::new,
						Collectors.toList()));
		for (List<RelationsKey> group : groups.values()) {
			RelationsKey first = group.get(0);
			List<String> ids = new ArrayList<>(group.stream().map(RelationsKey::serviceId).distinct().toList());
			ServiceQueries.TwoLevels read = queries.relations(ids, first.types(), first.direction(), first.nested());
			group.forEach(k -> result.put(k,
					new RelationsKey.Loaded(read.relations().getOrDefault(k.serviceId(), List.of()), read.nested())));
		}
		return result;
	}

}
