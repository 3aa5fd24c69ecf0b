package dev.cloudkg.catalog;

import org.springframework.stereotype.Component;

/**
 * The services matching a {@link ServiceWhere}, for features outside the catalog that build a filter
 * themselves (plain-English questions): the same single statement as {@code services(where:)}.
 */
@Component
public class ServiceFinder {

	private final ServiceQueries queries;

	ServiceFinder(ServiceQueries queries) {
		this.queries = queries;
	}

	/** The first {@code first} matches by name, and how many match in all. */
	public ServiceConnection find(ServiceWhere where, int first) {
		return queries.page(where, ServiceOrdering.DEFAULT, first, null, true);
	}

}
