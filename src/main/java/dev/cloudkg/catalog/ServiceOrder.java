package dev.cloudkg.catalog;

import java.util.function.Function;

import dev.cloudkg.model.Service;

/**
 * The {@code ServiceOrder} input: one sort key of {@code services(orderBy:)}.
 *
 * @param field what to sort by
 * @param direction ascending (default) or descending
 */
public record ServiceOrder(Field field, SortDirection direction) {

	/** The fields services can be sorted by; nullable ones sort their missing values last. */
	public enum Field {

		NAME("name", false, Service::name), ID("id", false, Service::id), TIME_LIMIT_SECONDS("timeLimitSeconds", true,
				Service::timeLimitSeconds), CATEGORY("category", true, Service::category);

		final String property;

		final boolean nullable;

		final Function<Service, Object> value;

		Field(String property, boolean nullable, Function<Service, Object> value) {
			this.property = property;
			this.nullable = nullable;
			this.value = value;
		}

	}

	/** Which way to sort. */
	public enum SortDirection {

		ASC, DESC

	}

}
