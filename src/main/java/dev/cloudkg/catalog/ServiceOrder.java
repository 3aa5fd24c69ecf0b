package dev.cloudkg.catalog;

import java.util.function.Function;

import dev.cloudkg.model.Direction;
import dev.cloudkg.model.Service;

/**
 * The {@code ServiceOrder} input: one sort key of {@code services(orderBy:)}.
 *
 * @param field what to sort by
 * @param direction ascending (default) or descending
 * @param type for {@link Field#RELATION_COUNT}: the relationship type counted (a value of the schema's
 * {@code RelationType} enum, so one of the vocabulary's types)
 * @param relationDirection for {@link Field#RELATION_COUNT}: which relationships of that type are counted (default
 * {@code OUT}: those the service is the subject of)
 */
public record ServiceOrder(Field field, SortDirection direction, String type, Direction relationDirection) {

	/** A key on a property of the service. */
	public ServiceOrder(Field field, SortDirection direction) {
		this(field, direction, null, null);
	}

	/**
	 * The fields services can be sorted by; nullable ones sort their missing values last. The counts are computed
	 * per service when the page is read (no property holds them) and are never missing.
	 */
	public enum Field {

		NAME("name", false, Service::name), ID("id", false, Service::id), TIME_LIMIT_SECONDS("timeLimitSeconds", true,
				Service::timeLimitSeconds), CATEGORY("category", true, Service::category),
		/** How many relationships of one type the service has (in the direction asked for). */
		RELATION_COUNT(null, false, null),
		/** How many source documents mention the service: the length of its {@code mentionedIn}. */
		SOURCE_COUNT(null, false, null);

		final String property;

		final boolean nullable;

		final Function<Service, Object> value;

		Field(String property, boolean nullable, Function<Service, Object> value) {
			this.property = property;
			this.nullable = nullable;
			this.value = value;
		}

		/** Computed by the statement, not read from the service's properties. */
		boolean computed() {
			return property == null;
		}

	}

	/** Which way to sort. */
	public enum SortDirection {

		ASC, DESC

	}

}
