package dev.cloudkg.catalog;

import java.util.List;

import dev.cloudkg.model.Service;

/** A page of services as a Relay connection. */
public record ServiceConnection(List<Service> nodes, List<Edge> edges, PageInfo pageInfo, int totalCount) {

	/** A service with its cursor. */
	public record Edge(String cursor, Service node) {
	}

	/** Paging state. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	/** @param computed per service of the page, the values of the order's computed sort keys */
	static ServiceConnection of(List<Service> page, List<List<Object>> computed, ServiceOrdering ordering,
			boolean hasNext, boolean hasPrevious, int total) {
		List<Edge> edges = new java.util.ArrayList<>();
		for (int i = 0; i < page.size(); i++) {
			edges.add(new Edge(Cursor.of(ordering, page.get(i), computed.get(i)).encode(), page.get(i)));
		}
		return new ServiceConnection(page, edges, new PageInfo(hasNext, hasPrevious,
				edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()),
				total);
	}

}
