package dev.cloudkg.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.cloudkg.model.Direction;
import dev.cloudkg.model.Service;
import dev.cloudkg.system.BadRequestException;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SortItem;

/**
 * The full sort order of a {@code services} page: the keys asked for, then id as the tie-breaker (so
 * the order is total and keyset paging never skips or repeats). Missing values of a nullable key sort
 * last in both directions. Renders the Cypher-DSL sort items and the keyset condition "after this
 * cursor", and names itself in a signature that cursors carry.
 *
 * <p>A count key ({@code RELATION_COUNT}, {@code SOURCE_COUNT}) is a {@code COUNT} subquery on the service's
 * relationships (a degree Neo4j reads without visiting them); the page returns its values, in key order, as
 * {@link #COMPUTED} beside each service, and cursors record them like any other sort value.
 */
record ServiceOrdering(List<ServiceOrder> keys) {

	static final ServiceOrdering DEFAULT = new ServiceOrdering(List.of(
			new ServiceOrder(ServiceOrder.Field.NAME, ServiceOrder.SortDirection.ASC),
			new ServiceOrder(ServiceOrder.Field.ID, ServiceOrder.SortDirection.ASC)));

	/** The key of the page's service maps that holds the values of the computed sort keys. */
	static final String COMPUTED = "sortKeys";

	/**
	 * The order for {@code orderBy}; null or empty is by name. A key named twice (a count: the same type and
	 * direction twice) is a bad request, and so is a {@code RELATION_COUNT} without a type.
	 */
	static ServiceOrdering of(List<ServiceOrder> orderBy) {
		if (orderBy == null || orderBy.isEmpty()) {
			return DEFAULT;
		}
		Set<ServiceOrder> seen = new LinkedHashSet<>();
		List<ServiceOrder> keys = new ArrayList<>();
		for (ServiceOrder order : orderBy) {
			if (order == null || order.field() == null) {
				throw new BadRequestException("every orderBy entry needs a field, e.g. {field: NAME}");
			}
			ServiceOrder.SortDirection direction = (order.direction() != null)
					? order.direction()
					: ServiceOrder.SortDirection.ASC;
			ServiceOrder key;
			if (order.field() == ServiceOrder.Field.RELATION_COUNT) {
				if (order.type() == null) {
					throw new BadRequestException(
							"orderBy RELATION_COUNT needs the relationship type to count, e.g. {field: RELATION_COUNT, type: RUNS_ON}");
				}
				key = new ServiceOrder(order.field(), direction, order.type(),
						(order.relationDirection() != null) ? order.relationDirection() : Direction.OUT);
			}
			else if (order.type() != null) {
				throw new BadRequestException("orderBy " + order.field()
						+ " takes no type; a type is for {field: RELATION_COUNT, type: " + order.type() + "}");
			}
			else {
				// relationDirection has a default in the schema: it is there for every field, and means nothing here
				key = new ServiceOrder(order.field(), direction);
			}
			if (!seen.add(new ServiceOrder(key.field(), null, key.type(), key.relationDirection()))) {
				throw new BadRequestException("orderBy names " + name(key) + " twice");
			}
			keys.add(key);
		}
		if (keys.stream().noneMatch(k -> k.field() == ServiceOrder.Field.ID)) {
			keys.add(new ServiceOrder(ServiceOrder.Field.ID, ServiceOrder.SortDirection.ASC));
		}
		return new ServiceOrdering(List.copyOf(keys));
	}

	/**
	 * E.g. {@code TIME_LIMIT_SECONDS:DESC,ID:ASC} or {@code RELATION_COUNT.RUNS_ON.OUT:DESC,ID:ASC}: a cursor is
	 * valid only for the order it was made in.
	 */
	String signature() {
		return keys.stream().map(k -> name(k) + ":" + k.direction()).collect(Collectors.joining(","));
	}

	private static String name(ServiceOrder key) {
		return (key.type() != null)
				? key.field() + "." + key.type() + "." + key.relationDirection()
				: key.field().toString();
	}

	/** The relationship types the order counts. */
	List<String> countedTypes() {
		return keys.stream().map(ServiceOrder::type).filter(java.util.Objects::nonNull).toList();
	}

	/** Whether some key is computed: the page then returns {@link #COMPUTED} values beside each service. */
	boolean computes() {
		return keys.stream().anyMatch(k -> k.field().computed());
	}

	/** The computed keys' expressions, in key order: the list a page returns as {@link #COMPUTED}. */
	Expression computed(Node service) {
		return Cypher.listOf(keys.stream().filter(k -> k.field().computed()).map(k -> key(service, k)).toList());
	}

	/**
	 * The sort-key values of a service, in key order: what its cursor records. {@code computed} holds the values of
	 * the computed keys, in key order (empty when there are none).
	 */
	List<Object> values(Service service, List<Object> computed) {
		List<Object> values = new ArrayList<>();
		int next = 0;
		for (ServiceOrder k : keys) {
			values.add(k.field().computed() ? computed.get(next++) : k.field().value.apply(service));
		}
		return values;
	}

	List<SortItem> sortItems(Node service) {
		List<SortItem> items = new ArrayList<>();
		for (ServiceOrder key : keys) {
			Expression value = key(service, key);
			if (key.field().nullable) {
				items.add(Cypher.sort(value.isNull(), SortItem.Direction.ASC));
			}
			items.add(Cypher.sort(value,
					(key.direction() == ServiceOrder.SortDirection.ASC)
							? SortItem.Direction.ASC
							: SortItem.Direction.DESC));
		}
		return items;
	}

	/**
	 * Services strictly after the cursor's values in this order: for some key i, equal on every key
	 * before i and after on key i.
	 */
	Condition after(Node service, List<Object> values) {
		Condition after = Cypher.noCondition();
		Condition equalSoFar = Cypher.noCondition();
		for (int i = 0; i < keys.size(); i++) {
			ServiceOrder key = keys.get(i);
			Expression property = key(service, key);
			Object value = values.get(i);
			if (value != null) {
				Condition beyond = (key.direction() == ServiceOrder.SortDirection.ASC)
						? property.gt(Cypher.anonParameter(value))
						: property.lt(Cypher.anonParameter(value));
				if (key.field().nullable) {
					beyond = beyond.or(property.isNull());
				}
				after = after.or(equalSoFar.and(beyond));
				equalSoFar = equalSoFar.and(property.isEqualTo(Cypher.anonParameter(value)));
			}
			else {
				// nulls sort last: nothing is after a null on this key, only ties with it
				equalSoFar = equalSoFar.and(property.isNull());
			}
		}
		return after;
	}

	/** The key's value for the service {@code s}: a property, or a count of its relationships. */
	private static Expression key(Node s, ServiceOrder key) {
		return switch (key.field()) {
			case RELATION_COUNT -> Cypher.count(switch (key.relationDirection()) {
				case OUT -> s.relationshipTo(Cypher.anyNode(), key.type());
				case IN -> s.relationshipFrom(Cypher.anyNode(), key.type());
				case BOTH -> s.relationshipBetween(Cypher.anyNode(), key.type());
			});
			// every document that states something about the service mentions it (FactWriter): its mentionedIn
			case SOURCE_COUNT -> Cypher.count(Cypher.anyNode().relationshipTo(s, "MENTIONS"));
			default -> s.property(key.field().property);
		};
	}

}
