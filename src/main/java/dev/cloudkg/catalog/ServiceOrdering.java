package dev.cloudkg.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.cloudkg.model.Service;
import dev.cloudkg.system.BadRequestException;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Property;
import org.neo4j.cypherdsl.core.SortItem;

/**
 * The full sort order of a {@code services} page: the keys asked for, then id as the tie-breaker (so
 * the order is total and keyset paging never skips or repeats). Missing values of a nullable key sort
 * last in both directions. Renders the Cypher-DSL sort items and the keyset condition "after this
 * cursor", and names itself in a signature that cursors carry.
 */
record ServiceOrdering(List<ServiceOrder> keys) {

	static final ServiceOrdering DEFAULT = new ServiceOrdering(List.of(
			new ServiceOrder(ServiceOrder.Field.NAME, ServiceOrder.SortDirection.ASC),
			new ServiceOrder(ServiceOrder.Field.ID, ServiceOrder.SortDirection.ASC)));

	/** The order for {@code orderBy}; null or empty is by name. A field named twice is a bad request. */
	static ServiceOrdering of(List<ServiceOrder> orderBy) {
		if (orderBy == null || orderBy.isEmpty()) {
			return DEFAULT;
		}
		Set<ServiceOrder.Field> seen = new LinkedHashSet<>();
		List<ServiceOrder> keys = new ArrayList<>();
		for (ServiceOrder order : orderBy) {
			if (order == null || order.field() == null) {
				throw new BadRequestException("every orderBy entry needs a field, e.g. {field: NAME}");
			}
			if (!seen.add(order.field())) {
				throw new BadRequestException("orderBy names " + order.field() + " twice");
			}
			keys.add(new ServiceOrder(order.field(),
					(order.direction() != null) ? order.direction() : ServiceOrder.SortDirection.ASC));
		}
		if (!seen.contains(ServiceOrder.Field.ID)) {
			keys.add(new ServiceOrder(ServiceOrder.Field.ID, ServiceOrder.SortDirection.ASC));
		}
		return new ServiceOrdering(List.copyOf(keys));
	}

	/** E.g. {@code TIME_LIMIT_SECONDS:DESC,ID:ASC}: a cursor is valid only for the order it was made in. */
	String signature() {
		return keys.stream().map(k -> k.field() + ":" + k.direction()).collect(Collectors.joining(","));
	}

	/** The sort-key values of a service, in key order: what its cursor records. */
	List<Object> values(Service service) {
		List<Object> values = new ArrayList<>();
		keys.forEach(k -> values.add(k.field().value.apply(service)));
		return values;
	}

	List<SortItem> sortItems(Node service) {
		List<SortItem> items = new ArrayList<>();
		for (ServiceOrder key : keys) {
			Property property = service.property(key.field().property);
			if (key.field().nullable) {
				items.add(Cypher.sort(property.isNull(), SortItem.Direction.ASC));
			}
			items.add(Cypher.sort(property,
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
			Property property = service.property(key.field().property);
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

}
