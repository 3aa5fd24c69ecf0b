package dev.cloudkg.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cloudkg.model.Service;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;

/**
 * The statement that reads one page of services: one page after the cursor, in the given order, and the total
 * count when asked for, built with Cypher-DSL from the filter.
 *
 * <p>Building and rendering the statement costs more than running it on a small graph, and the same questions
 * come again and again: the rendered statement (not its result) is kept per distinct request.
 */
final class PageStatements {

	/** Filters with an index that continues with (name, id), in that index's order (V003__ordered_filters, V004__provider). */
	private static final List<List<String>> ORDERED_INDEXES = List.of(List.of("serverless", "hasTimeLimit"),
			List.of("category", "serverless"), List.of("serverless"), List.of("category"), List.of("provider"));

	private final ServiceFilter filter;

	private final Map<PageKey, Rendered> rendered = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<PageKey, Rendered> eldest) {
			return size() > 1_000;
		}

	});

	PageStatements(ServiceFilter filter) {
		this.filter = filter;
	}

	/** The page's statement: its columns are {@code total} (-1 when not {@code counted}) and {@code page}. */
	Rendered page(ServiceWhere where, ServiceOrdering ordering, int first, Cursor after, boolean counted) {
		return rendered.computeIfAbsent(new PageKey(where, ordering, first, after, counted),
				key -> render(where, ordering, first, after, counted));
	}

	/**
	 * Properties the filter fixes to one value, in the order of an index that continues with (name, id).
	 * Sorting by them first changes nothing (they are the same for every match) but lets Neo4j read a page
	 * in order from that index instead of sorting every match. Empty for no filter (the (name, id) index);
	 * null when no such index fits, and the page is sorted as usual.
	 */
	private static List<String> fixedPrefix(ServiceWhere where, ServiceOrdering ordering) {
		if (!ordering.equals(ServiceOrdering.DEFAULT)) {
			return null;
		}
		if (where == null || where.equals(ServiceWhere.NONE)) {
			// every service, by name: straight from the (name, id) index
			return List.of();
		}
		Set<String> fixed = new HashSet<>();
		if (where.serverless() != null) {
			fixed.add("serverless");
		}
		if (where.hasTimeLimit() != null) {
			fixed.add("hasTimeLimit");
		}
		if (where.category() != null) {
			fixed.add("category");
		}
		if (where.provider() != null) {
			fixed.add("provider");
		}
		return ORDERED_INDEXES.stream().filter(fixed::containsAll).findFirst().orElse(null);
	}

	private Rendered render(ServiceWhere where, ServiceOrdering ordering, int first, Cursor after, boolean counted) {
		var s = ServiceFilter.SERVICE;
		ordering.countedTypes().forEach(filter::requireRelation);
		Condition keyset = (after != null) ? ordering.after(s, after.valuesFor(ordering)) : Cypher.noCondition();
		List<String> fixed = fixedPrefix(where, ordering);
		Condition named = (fixed == null)
				? Cypher.noCondition()
				: s.property("name").isNotNull().and(s.property("id").isNotNull());
		fixed = (fixed != null) ? fixed : List.of();
		List<SortItem> sort = new ArrayList<>();
		fixed.forEach(property -> sort.add(Cypher.sort(s.property(property), SortItem.Direction.ASC)));
		sort.addAll(ordering.sortItems(s));
		Statement page = filter.matching(where, keyset.and(named))
				.with(s)
				.orderBy(sort)
				.limit(Cypher.anonParameter(first + 1))
				.returning(Cypher.collect(s.project(projection(ordering, s))).as("page"))
				.build();
		Statement statement;
		if (counted) {
			Statement total = filter.matching(where, Cypher.noCondition()).returning(Cypher.count(s).as("total"))
					.build();
			statement = Cypher.call(total).call(page).returning(Cypher.name("total"), Cypher.name("page")).build();
		}
		else {
			statement = Cypher.call(page).returning(Cypher.literalOf(-1).as("total"), Cypher.name("page")).build();
		}
		return new Rendered(statement.getCypher(),
				Collections.unmodifiableMap(new HashMap<>(statement.getCatalog().getParameters())));
	}

	/** The service's properties, and the values of the order's computed keys (for the cursors) when it has any. */
	private static Object[] projection(ServiceOrdering ordering, org.neo4j.cypherdsl.core.Node s) {
		List<Object> projection = new ArrayList<>(Service.PROPERTIES);
		if (ordering.computes()) {
			projection.add(ServiceOrdering.COMPUTED);
			projection.add(ordering.computed(s));
		}
		return projection.toArray();
	}

	private record PageKey(ServiceWhere where, ServiceOrdering ordering, int first, Cursor after, boolean counted) {
	}

	/** A statement as text, with the values of its parameters. */
	record Rendered(String cypher, Map<String, Object> parameters) {
	}

}
