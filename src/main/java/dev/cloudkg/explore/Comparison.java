package dev.cloudkg.explore;

import java.util.List;

import dev.cloudkg.model.Service;

/** Services side by side: one row per dimension, one value per service in the order asked for. */
record Comparison(List<Service> services, List<Row> rows) {

	/** A dimension and each service's value for it; null where the graph records nothing. */
	record Row(String dimension, List<String> values) {
	}

}
