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

	static ServiceConnection of(List<Service> page, ServiceOrdering ordering, boolean hasNext, boolean hasPrevious,
			int total) {
		List<Edge> edges = page.stream().map(s -> new Edge(Cursor.of(ordering, s).encode(), s)).toList();
		return new ServiceConnection(page, edges, new PageInfo(hasNext, hasPrevious,
				edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()),
				total);
	}

}
