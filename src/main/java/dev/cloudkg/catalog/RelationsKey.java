package dev.cloudkg.catalog;

import java.util.List;
import java.util.Map;

import dev.cloudkg.model.Direction;
import dev.cloudkg.model.Relation;

/**
 * What one {@code relations(types, direction)} field asks for one service; the loader batches these.
 * {@code nested} is the {@code service { relations(...) }} selection beneath it, when that is the last level of
 * relations in the query: it is read in the same statement, and primes the loader for the next level.
 */
record RelationsKey(String serviceId, List<String> types, Direction direction, Level nested) {

	static final String LOADER = "relations";

	RelationsKey(String serviceId, List<String> types, Direction direction) {
		this(serviceId, types, direction, null);
	}

	/** One level of relations: its types (null: all) and direction. */
	record Level(List<String> types, Direction direction) {
	}

	/** A service's relations, and when asked, the relations of each related service, by its id. */
	record Loaded(List<Relation> relations, Map<String, List<Relation>> nested) {
	}

}
