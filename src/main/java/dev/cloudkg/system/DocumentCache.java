package dev.cloudkg.system;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
 * run at execution, so they still apply to every request.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCache {

	static final int MAX_DOCUMENTS = 1_000;

	@Bean
	GraphQlSourceBuilderCustomizer documentCacheCustomizer() {
		Provider provider = new Provider(new ConcurrentHashMap<>());
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
	}

	record Provider(Map<String, PreparsedDocumentEntry> documents) implements PreparsedDocumentProvider {

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			if (documents.size() >= MAX_DOCUMENTS) {
				documents.clear(); // crude but bounded: a flood of distinct documents cannot grow memory
			}
			String key = input.getOperationName() + "\n" + input.getQuery();
			return CompletableFuture.completedFuture(documents.computeIfAbsent(key, k -> parseAndValidate.apply(input)));
		}

	}

}
