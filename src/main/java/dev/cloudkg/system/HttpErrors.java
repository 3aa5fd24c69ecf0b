package dev.cloudkg.system;

import java.util.Map;

import dev.cloudkg.graph.GraphUnavailableException;
import dev.cloudkg.graph.StorageSpace;
import dev.cloudkg.graph.WriteTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Failures that are not the client's, for every HTTP endpoint: a JSON {@code error} naming the cause, 503 with
 * {@code Retry-After} when the same request may succeed shortly, 507 when the data directory is short of space.
 */
@RestControllerAdvice
class HttpErrors {

	private static final Logger log = LoggerFactory.getLogger(HttpErrors.class);

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> busy(BusyException ex) {
		return retryLater(ex.getMessage(), ex.retryAfterSeconds());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> unavailable(GraphUnavailableException ex) {
		log.warn("Neo4j unavailable: {}", ex.getMessage());
		return retryLater(ex.getMessage(), ex.retryAfterSeconds());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> timedOut(WriteTimeoutException ex) {
		return retryLater(ex.getMessage(), 1);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> storageFull(StorageSpace.FullException ex) {
		log.warn("Write refused: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE).body(Map.of("error", ex.getMessage()));
	}

	private static ResponseEntity<Map<String, Object>> retryLater(String message, long seconds) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
				.body(Map.of("error", message));
	}

}
