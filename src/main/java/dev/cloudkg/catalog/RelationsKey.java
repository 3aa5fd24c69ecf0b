package dev.cloudkg.catalog;

import java.util.List;

/** What one {@code relations(types, direction)} field asks for one service; the loader batches these. */
record RelationsKey(String serviceId, List<String> types, Direction direction) {

	static final String LOADER = "relations";

}
