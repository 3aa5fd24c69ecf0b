package dev.cloudkg.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the GraphQL endpoint guards the database and itself, and explains what it ran.
 *
 * @param maxDepth the deepest field nesting a query may have; deeper queries are refused with BAD_REQUEST before
 * they run
 * @param maxComplexity the largest estimated cost a query may have (see {@code QueryGuards} in the catalog for the
 * cost model); costlier queries are refused with BAD_REQUEST before they run
 * @param explain whether every response lists the Cypher statements run for it in {@code extensions.cypher} (a
 * request can ask for it alone with the header {@code X-CloudKG-Explain: true})
 * @param maxRequestSize the largest GraphQL request body; a larger one is refused with 413 before it is parsed
 * (room for an {@code importNote} of a note at {@code cloudkg.notes.max-size})
 * @param documentCacheSize the total size of the query documents kept parsed and validated, counted by their text;
 * the least recently used go first
 */
@ConfigurationProperties("cloudkg.graphql")
public record QueryProperties(@DefaultValue("10") int maxDepth, @DefaultValue("50000") int maxComplexity,
		@DefaultValue("false") boolean explain, @DefaultValue("2MB") DataSize maxRequestSize,
		@DefaultValue("16MB") DataSize documentCacheSize) {
}
