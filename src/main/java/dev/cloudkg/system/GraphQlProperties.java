package dev.cloudkg.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The GraphQL API's limits and what it explains: every {@code cloudkg.graphql.*} setting, with its default.
 *
 * @param defaultPageSize services per page when {@code first} is not given
 * @param maxPageSize the largest {@code first} accepted; more is a BAD_REQUEST error
 * @param maxHops the largest {@code maxHops} of {@code paths} accepted; more (or less than 1) is a BAD_REQUEST error
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
 * @param trustedDocuments a folder of trusted documents ({@code *.graphql}, sub-folders included): when set, only
 * these documents are run, sent by id (the SHA-256 hex of the file's text, or the file name without
 * {@code .graphql}) or as their full text, over HTTP and WebSocket; any other is refused before it is parsed. Unset
 * (the default): every document is accepted
 */
@ConfigurationProperties("cloudkg.graphql")
public record GraphQlProperties(@DefaultValue("20") int defaultPageSize, @DefaultValue("100") int maxPageSize,
		@DefaultValue("6") int maxHops, @DefaultValue("10") int maxDepth, @DefaultValue("50000") int maxComplexity,
		@DefaultValue("false") boolean explain, @DefaultValue("2MB") DataSize maxRequestSize,
		@DefaultValue("16MB") DataSize documentCacheSize, java.nio.file.Path trustedDocuments) {

	/** Whether only the documents of {@code trustedDocuments} are accepted. */
	public boolean trustedDocumentsOnly() {
		return trustedDocuments != null && !trustedDocuments.toString().isBlank();
	}

}
