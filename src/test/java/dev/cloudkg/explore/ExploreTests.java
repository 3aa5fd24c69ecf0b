package dev.cloudkg.explore;

import java.util.List;
import java.util.Map;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.GraphQlClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@CloudKgTest
class ExploreTests {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.to(port);
	}

	@Test
	void dump() {
		System.out.println("COMPARE " + graphQl.documentName("compare").variable("ids", List.of("AWS Batch", "lambda")).execute().path("compare").entity(Map.class).get());
		System.out.println("PATHS " + graphQl.documentName("paths").variable("from", "ecr").variable("to", "ec2").execute().path("paths").entityList(Map.class).get());
		System.out.println("PATHS2 " + graphQl.documentName("paths").variable("from", "lightsail").variable("to", "batch").execute().path("paths").entityList(Map.class).get());
		for (String q : List.of("Lamnda", "fargat", "virtual functions", "docker registry", "(a:b", "*", "~", "time limit")) {
			System.out.println("SEARCH " + q + " " + graphQl.documentName("search").variable("text", q).variable("first", 5).execute().path("search").entityList(Map.class).get());
		}
	}

}
