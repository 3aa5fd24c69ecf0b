package dev.cloudkg.system;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct query document once: clients send the same few documents again and
 * again, and parsing plus validation is a large share of a small query's time. Depth, cost and page limits
 * run at execution, so they still apply to every request. The cache is bounded by the total size of its
 * documents ({@code cloudkg.graphql.document-cache-size}) as well as by their number: a flood of distinct
 * large documents evicts the least recently used instead of holding them all.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCache {

	static final int MAX_DOCUMENTS = 1_000;

	@Bean
	GraphQlSourceBuilderCustomizer documentCacheCustomizer(GraphQlProperties properties) {
		Provider provider = new Provider(properties.documentCacheSize().toBytes(), MAX_DOCUMENTS);
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
	}

	static final class Provider implements PreparsedDocumentProvider {

		private final long maxBytes;

		private final int maxDocuments;

		/** In access order: the first entry is the least recently used. Guarded by this. */
		private final LinkedHashMap<String, PreparsedDocumentEntry> documents = new LinkedHashMap<>(64, 0.75f, true);

		private long bytes;

		Provider(long maxBytes, int maxDocuments) {
			this.maxBytes = maxBytes;
			this.maxDocuments = maxDocuments;
		}

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			String key = input.getOperationName() + "\n" + input.getQuery();
			PreparsedDocumentEntry entry;
			synchronized (this) {
				entry = documents.get(key);
			}
			if (entry == null) {
				// parsed outside the lock: a large document must not hold up every other request
				entry = parseAndValidate.apply(input);
				store(key, entry);
			}
			return CompletableFuture.completedFuture(entry);
		}

		private synchronized void store(String key, PreparsedDocumentEntry entry) {
			long weight = weight(key);
			if (weight > maxBytes || documents.put(key, entry) != null) {
				return; // too large to keep, or another request parsed it meanwhile (same weight, already counted)
			}
			bytes += weight;
			Iterator<Map.Entry<String, PreparsedDocumentEntry>> eldest = documents.entrySet().iterator();
			while (bytes > maxBytes || documents.size() > maxDocuments) {
				bytes -= weight(eldest.next().getKey());
				eldest.remove();
			}
		}

		/** A document's size as its text's: two bytes a character, as a String holds them at most. */
		private static long weight(String key) {
			return 2L * key.length();
		}

		synchronized long bytes() {
			return bytes;
		}

		synchronized int size() {
			return documents.size();
		}

	}

}
