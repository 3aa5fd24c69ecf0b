package dev.cloudkg.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.stereotype.Component;

/**
 * Guards every change to the graph with the configured API key ({@code cloudkg.api-key}). Without a
 * configured key, changes are open (the embedded default listens on localhost only).
 */
@Component
public class ApiKeyGuard {

	/** The header carrying the key; {@code Authorization: Bearer <key>} works too. */
	public static final String HEADER = "X-API-Key";

	/** Where {@link ApiKeyInterceptor} puts the presented key in the GraphQL context. */
	public static final String CONTEXT_KEY = "cloudkg.apiKey";

	private final byte[] key;

	ApiKeyGuard(ApiKeyProperties properties) {
		String configured = properties.apiKey();
		this.key = (configured != null && !configured.isBlank()) ? configured.getBytes(StandardCharsets.UTF_8) : null;
	}

	/** @throws ForbiddenException when a key is configured and {@code presented} is missing or wrong */
	public void check(String presented) {
		if (key == null) {
			return;
		}
		if (presented == null || presented.isBlank()) {
			throw new ForbiddenException("changing the graph needs the API key: send it in an " + HEADER
					+ " header (the service is configured with cloudkg.api-key)");
		}
		if (!MessageDigest.isEqual(key, presented.strip().getBytes(StandardCharsets.UTF_8))) {
			throw new ForbiddenException("the API key sent in " + HEADER + " is not the configured one");
		}
	}

	/** The key from an {@code X-API-Key} header value or an {@code Authorization: Bearer} value. */
	public static String presented(String apiKeyHeader, String authorization) {
		if (apiKeyHeader != null && !apiKeyHeader.isBlank()) {
			return apiKeyHeader;
		}
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return authorization.substring(7);
		}
		return null;
	}

}
