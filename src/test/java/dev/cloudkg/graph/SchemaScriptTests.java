package dev.cloudkg.graph;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Migration scripts are split into statements the way Cypher reads them, not at every semicolon. */
class SchemaScriptTests {

	@Test
	void aSemicolonInAStringAQuotedNameOrACommentDoesNotEndAStatement() {
		List<String> statements = SchemaInitializer.statements("""
				// a comment; with a semicolon
				CREATE (:Marker {text: 'one; two', other: "three; \\"four;\\""});
				/* a block; comment */ MATCH (`odd;name`) RETURN 1 AS x;
				MERGE (v:SchemaVersion {id: 'it\\'s; fine'}) // trailing; comment
				;
				;
				""");
		assertThat(statements).containsExactly("CREATE (:Marker {text: 'one; two', other: \"three; \\\"four;\\\"\"})",
				"MATCH (`odd;name`) RETURN 1 AS x", "MERGE (v:SchemaVersion {id: 'it\\'s; fine'})");
	}

	@Test
	void aScriptWithoutAFinalSemicolonKeepsItsLastStatement() {
		assertThat(SchemaInitializer.statements("CREATE INDEX a IF NOT EXISTS FOR (s:Service) ON (s.a)"))
				.containsExactly("CREATE INDEX a IF NOT EXISTS FOR (s:Service) ON (s.a)");
		assertThat(SchemaInitializer.statements("// only a comment\n")).isEmpty();
	}

	@Test
	void theMigrationsSplitIntoTheirStatements() {
		List<String> first = SchemaInitializer
				.statements(new ClassPathResource("neo4j/migrations/V001__schema.cypher"));
		assertThat(first).isNotEmpty()
				.allSatisfy(statement -> assertThat(statement).startsWith("CREATE").doesNotContain("//"));
		assertThat(SchemaInitializer.statements(new ClassPathResource("neo4j/migrations/V002__sentence_text.cypher")))
				.singleElement().asString().startsWith("CREATE FULLTEXT INDEX states_text");
	}

}
