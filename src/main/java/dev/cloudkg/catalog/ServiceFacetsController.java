package dev.cloudkg.catalog;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code serviceFacets}: counts by facet of the services a filter matches, one statement. */
@Controller
class ServiceFacetsController {

	private final ServiceQueries queries;

	ServiceFacetsController(ServiceQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	ServiceFacets serviceFacets(@Argument ServiceWhere where) {
		return queries.facets(where);
	}

}
