package dev.cloudkg.system;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The parsed-document cache is bounded by the size of its documents, not only their number. */
class DocumentCacheTests {

	private final AtomicInteger parsed = new AtomicInteger();

	private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
		parsed.incrementAndGet();
		return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	};

	/** A distinct document of about {@code chars} characters. */
	private static ExecutionInput query(int n, int chars) {
		String padding = " ".repeat(Math.max(0, chars - 40));
		return ExecutionInput.newExecutionInput("{ traits" + padding + " { id alias" + n + ": id } }").build();
	}

	private void ask(DocumentCache.Provider cache, ExecutionInput input) {
		cache.getDocumentAsync(input, parse).join();
	}

	@Test
	void manyLargeDistinctDocumentsStayWithinTheByteBudget() {
		DocumentCache.Provider cache = new DocumentCache.Provider(1_000_000, 1_000);
		for (int i = 0; i < 200; i++) {
			ask(cache, query(i, 100_000)); // 200 documents of 200 KB each: 40 MB unbounded
		}
		assertThat(cache.bytes()).isLessThanOrEqualTo(1_000_000);
		assertThat(cache.size()).isBetween(1, 5);
	}

	@Test
	void theLeastRecentlyUsedDocumentGoesFirst() {
		DocumentCache.Provider cache = new DocumentCache.Provider(4 * 2 * 1_000, 1_000);
		for (int i = 0; i < 4; i++) {
			ask(cache, query(i, 1_000));
		}
		ask(cache, query(0, 1_000)); // used again: now the most recent
		ask(cache, query(4, 1_000)); // over the budget: evicts document 1, the least recently used
		parsed.set(0);
		ask(cache, query(0, 1_000));
		assertThat(parsed).hasValue(0);
		ask(cache, query(1, 1_000));
		assertThat(parsed).hasValue(1);
	}

	@Test
	void aDocumentLargerThanTheWholeBudgetIsParsedEachTimeAndNotKept() {
		DocumentCache.Provider cache = new DocumentCache.Provider(1_000, 1_000);
		ask(cache, query(0, 10_000));
		ask(cache, query(0, 10_000));
		assertThat(parsed).hasValue(2);
		assertThat(cache.size()).isZero();
	}

	@Test
	void theNumberOfDocumentsIsBoundedToo() {
		DocumentCache.Provider cache = new DocumentCache.Provider(Long.MAX_VALUE, 10);
		for (int i = 0; i < 50; i++) {
			ask(cache, query(i, 50));
		}
		assertThat(cache.size()).isEqualTo(10);
	}

}
