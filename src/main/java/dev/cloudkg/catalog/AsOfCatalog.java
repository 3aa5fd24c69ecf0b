package dev.cloudkg.catalog;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.cloudkg.model.Direction;
import dev.cloudkg.model.Service;
import dev.cloudkg.system.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * {@code service(id:, asOf:)} and {@code services(where:, asOf:)}: the catalog as it was at a time. A service nothing
 * changed about since then is read from the graph as it is, with the filter and order of every page; the few whose
 * statements changed are derived as they were ({@link AsOfGraph}), filtered by the same rules in memory, and merged
 * into the page in order.
 */
@Component
class AsOfCatalog {

	private final AsOfGraph graph;

	private final ServiceQueries queries;

	AsOfCatalog(AsOfGraph graph, ServiceQueries queries) {
		this.graph = graph;
		this.queries = queries;
	}

	/** The service {@code key} names as it was at {@code at}; null when none did. */
	Service service(String key, OffsetDateTime at, Map<String, java.util.Optional<AsOfGraph.Snapshot>> cache) {
		graph.check(at);
		List<String> candidates = new ArrayList<>();
		String now = queries.idOf(key);
		if (now != null) {
			candidates.add(now);
		}
		candidates.addAll(ServiceLookup.ids(key));
		Map<String, AsOfGraph.Snapshot> found = graph.snapshots(new LinkedHashSet<>(candidates), at, cache);
		for (String id : new LinkedHashSet<>(candidates)) {
			AsOfGraph.Snapshot snapshot = found.get(id);
			if (snapshot != null) {
				return snapshot.service();
			}
		}
		return null;
	}

	/** A page of the services matching {@code where} at {@code at}, in {@code ordering}. */
	ServiceConnection page(ServiceWhere where, ServiceOrdering ordering, int first, Cursor after, OffsetDateTime at,
			Map<String, java.util.Optional<AsOfGraph.Snapshot>> cache) {
		graph.check(at);
		if (ordering.keys().stream().anyMatch(k -> k.field().computed())) {
			throw new BadRequestException(
					"asOf pages are ordered by properties (NAME, ID, TIME_LIMIT_SECONDS, CATEGORY),"
							+ " not by counts");
		}
		Set<String> changed = graph.changedSince(at);
		// the unchanged: the graph as it is, without the changed ones
		ServiceWhere unchanged = changed.isEmpty() ? where : and(where, not(List.copyOf(changed)));
		ServiceConnection now = queries.page(unchanged, ordering, first, after, true);
		// the changed: as they were, filtered here
		Map<String, AsOfGraph.Snapshot> snapshots = graph.snapshots(changed, at, cache);
		Comparator<Service> order = comparator(ordering);
		List<Service> then = new ArrayList<>();
		for (AsOfGraph.Snapshot snapshot : snapshots.values()) {
			if (Boolean.TRUE.equals(matches(where, snapshot, at, 0, cache))
					&& (ServiceFilter.asksForKind(where) || !"CONCEPT".equals(snapshot.service().kind()))) {
				then.add(snapshot.service());
			}
		}
		then.sort(order);
		int total = now.totalCount() + then.size();
		if (after != null) {
			then.removeIf(s -> !isAfter(ordering, s, after.values()));
		}
		List<Service> merged = new ArrayList<>();
		for (Service s : now.nodes()) {
			merged.add(s.withAsOf(at));
		}
		merged.addAll(then);
		merged.sort(order);
		boolean hasNext = merged.size() > first || now.pageInfo().hasNextPage();
		List<Service> page = merged.subList(0, Math.min(first, merged.size()));
		// what the page's fields will read: its services, then the services at the other end of their relationships
		Map<String, AsOfGraph.Snapshot> shown = graph.snapshots(page.stream().map(Service::id).toList(), at, cache);
		graph.snapshots(AsOfDerivation.neighbours(shown.values()), at, cache);
		return ServiceConnection.of(page, page.stream().map(s -> List.<Object>of()).toList(), ordering, hasNext,
				after != null, total);
	}

	private static ServiceWhere and(ServiceWhere where, ServiceWhere other) {
		List<ServiceWhere> both = new ArrayList<>();
		if (where != null) {
			both.add(where);
		}
		both.add(other);
		return new ServiceWhere(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, both, null, null);
	}

	private static ServiceWhere not(List<String> ids) {
		ServiceWhere in = new ServiceWhere(null, ids, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null);
		return new ServiceWhere(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, in);
	}

	/** The order of the page: each key in its direction, a missing value last either way. */
	private static Comparator<Service> comparator(ServiceOrdering ordering) {
		return (a, b) -> {
			for (ServiceOrder key : ordering.keys()) {
				int c = compare(key, key.field().value.apply(a), key.field().value.apply(b));
				if (c != 0) {
					return c;
				}
			}
			return 0;
		};
	}

	@SuppressWarnings({"unchecked", "rawtypes"})
	private static int compare(ServiceOrder key, Object a, Object b) {
		if (a == null || b == null) {
			return (a == null) ? ((b == null) ? 0 : 1) : -1;
		}
		Object x = (a instanceof Number n) ? (Object) n.longValue() : a;
		Object y = (b instanceof Number n) ? (Object) n.longValue() : b;
		int c = ((Comparable) x).compareTo(y);
		return (key.direction() == ServiceOrder.SortDirection.DESC) ? -c : c;
	}

	private static boolean isAfter(ServiceOrdering ordering, Service service, List<Object> values) {
		for (int i = 0; i < ordering.keys().size(); i++) {
			ServiceOrder key = ordering.keys().get(i);
			int c = compare(key, key.field().value.apply(service), values.get(i));
			if (c != 0) {
				return c > 0;
			}
		}
		return false;
	}

	/**
	 * Whether the service as it was matches the filter, as Cypher decides it: true, false, or null (unknown: a
	 * property not recorded), so that NOT of an unknown stays unknown and is not a match.
	 */
	private Boolean matches(ServiceWhere where, AsOfGraph.Snapshot snapshot, OffsetDateTime at, int depth,
			Map<String, java.util.Optional<AsOfGraph.Snapshot>> cache) {
		if (where == null) {
			return true;
		}
		if (depth > ServiceFilter.MAX_NESTING) {
			throw new BadRequestException(
					"the filter nests AND/OR/NOT deeper than " + ServiceFilter.MAX_NESTING + " levels");
		}
		Service s = snapshot.service();
		List<Boolean> all = new ArrayList<>();
		if (where.id() != null) {
			all.add(s.id().equals(ServiceFilter.lower(where.id())));
		}
		if (where.id_in() != null) {
			all.add(where.id_in().stream().map(ServiceFilter::lower).anyMatch(s.id()::equals));
		}
		if (where.name_contains() != null) {
			all.add(s.name().toLowerCase(Locale.ROOT).contains(ServiceFilter.lower(where.name_contains())));
		}
		if (where.kind() != null) {
			all.add(s.kind().toLowerCase(Locale.ROOT).equals(ServiceFilter.lower(where.kind())));
		}
		if (where.category() != null) {
			all.add(equal(s.category(), ServiceFilter.lower(where.category())));
		}
		if (where.provider() != null) {
			all.add(equal(s.provider(), ServiceFilter.lower(where.provider())));
		}
		if (where.serverless() != null) {
			all.add(equal(s.serverless(), where.serverless()));
		}
		if (where.hasTimeLimit() != null) {
			all.add(equal(s.hasTimeLimit(), where.hasTimeLimit()));
		}
		if (where.timeLimitSeconds_lte() != null) {
			all.add((s.timeLimitSeconds() == null) ? null : s.timeLimitSeconds() <= where.timeLimitSeconds_lte());
		}
		if (where.timeLimitSeconds_gte() != null) {
			all.add((s.timeLimitSeconds() == null) ? null : s.timeLimitSeconds() >= where.timeLimitSeconds_gte());
		}
		if (where.pricing() != null) {
			all.add(AsOfDerivation.pricing(snapshot).stream()
					.anyMatch(p -> p.id().equals(ServiceFilter.lower(where.pricing()))));
		}
		if (where.trait() != null) {
			all.add(AsOfDerivation.traits(snapshot).stream()
					.anyMatch(t -> t.value() && t.trait().id().equals(ServiceFilter.lower(where.trait()))));
		}
		if (where.lacksTrait() != null) {
			all.add(AsOfDerivation.traits(snapshot).stream()
					.anyMatch(t -> !t.value() && t.trait().id().equals(ServiceFilter.lower(where.lacksTrait()))));
		}
		if (where.related() != null) {
			all.add(related(where.related(), snapshot, at, cache));
		}
		if (where.mentionedIn() != null) {
			all.add(snapshot.facts().stream().anyMatch(f -> f.document().note().id().equals(where.mentionedIn())));
		}
		if (where.AND() != null) {
			for (ServiceWhere part : where.AND()) {
				all.add(matches(part, snapshot, at, depth + 1, cache));
			}
		}
		if (where.OR() != null && !where.OR().isEmpty()) {
			List<Boolean> any = new ArrayList<>();
			for (ServiceWhere part : where.OR()) {
				any.add(matches(part, snapshot, at, depth + 1, cache));
			}
			all.add(any.contains(Boolean.TRUE) ? Boolean.TRUE : any.contains(null) ? null : Boolean.FALSE);
		}
		if (where.NOT() != null) {
			Boolean inner = matches(where.NOT(), snapshot, at, depth + 1, cache);
			all.add((inner == null) ? null : !inner);
		}
		return all.contains(Boolean.FALSE) ? Boolean.FALSE : all.contains(null) ? null : Boolean.TRUE;
	}

	private Boolean related(ServiceWhere.RelatedWhere related, AsOfGraph.Snapshot snapshot, OffsetDateTime at,
			Map<String, java.util.Optional<AsOfGraph.Snapshot>> cache) {
		Direction direction = (related.direction() != null) ? related.direction() : Direction.OUT;
		List<dev.cloudkg.model.Relation> relations = graph.relations(snapshot, List.of(related.type()), direction,
				at, cache);
		if (related.service() == null) {
			return !relations.isEmpty();
		}
		String needle = ServiceLookup.needle(related.service());
		String unprefixed = ServiceLookup.unprefixedNeedle(related.service());
		return relations.stream().map(dev.cloudkg.model.Relation::service).anyMatch(o -> {
			String lookup = lookup(o);
			return lookup.contains(needle) || lookup.contains(unprefixed);
		});
	}

	/** The service's {@code lookup} as DERIVE_PROPERTIES sets it: id, names and aliases, lowercase, between bars. */
	private static String lookup(Service s) {
		StringBuilder lookup = new StringBuilder("|");
		List<String> keys = new ArrayList<>(Arrays.asList(s.id(), s.name(), s.fullName()));
		keys.addAll(s.aliases());
		for (String key : keys) {
			if (key != null) {
				lookup.append(key.toLowerCase(Locale.ROOT)).append('|');
			}
		}
		return lookup.toString();
	}

	private static Boolean equal(Object value, Object wanted) {
		return (value == null) ? null : value.equals(wanted);
	}

}
