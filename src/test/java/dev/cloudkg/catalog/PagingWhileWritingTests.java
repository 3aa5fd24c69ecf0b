package dev.cloudkg.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.GraphQlClient;
import dev.cloudkg.facts.FactWriter;
import dev.cloudkg.facts.FactsFileReader;
import dev.cloudkg.graph.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Keyset cursors: services added while a client pages through do not shift the pages it has not read. */
@CloudKgTest
class PagingWhileWritingTests {

	private static final String ADDED = """
			sources:
			  me: Test
			services:
			  - {id: aaa-first, name: AAA first, source: me}
			  - {id: zzz-last, name: ZZZ last, source: me}
			""";

	@LocalServerPort
	int port;

	@Autowired
	FactWriter writer;

	@Autowired
	FactsFileReader reader;

	@Autowired
	Graph graph;

	@AfterEach
	void removeAdded() {
		writer.write(reader.read("facts/zz-paging.yaml", "services: []\n"));
		graph.write(tx -> tx.run("MATCH (d:Note {id: 'facts/zz-paging'}) DETACH DELETE d", Map.of()));
	}

	@Test
	void pagingTwoAtATimeWhileServicesAreAddedHasNoGapsOrRepeats() {
		List<String> before = page(100, null).path("services.nodes[*].id").entityList(String.class).get();
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		int pages = 0;
		while (more) {
			GraphQlTester.Response response = page(2, after);
			seen.addAll(response.path("services.nodes[*].id").entityList(String.class).get());
			more = response.path("services.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("services.pageInfo.endCursor").entity(String.class).get();
			if (++pages == 2) {
				writer.write(reader.read("facts/zz-paging.yaml", ADDED));
			}
		}
		assertThat(seen).doesNotHaveDuplicates()
				.containsSubsequence(before)
				.as("a service added before the cursor is not seen, one after it is")
				.doesNotContain("aaa-first")
				.endsWith("zzz-last");
		assertThat(seen).hasSize(before.size() + 1);
	}

	private GraphQlTester.Response page(int first, String after) {
		return GraphQlClient.to(port)
				.documentName("serviceIds")
				.variable("first", first)
				.variable("after", after)
				.execute();
	}

}
