package dev.cloudkg.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.stereotype.Component;

/**
 * Guards every change to the graph with the configured API key ({@code cloudkg.api-key}). Without a
 * configured key, changes are open (the service then listens on localhost only, see {@link ListenAddressCheck}).
 */
@Component
public class ApiKeyGuard {

	/** The header carrying the key; {@code Authorization: Bearer <key>} works too. */
	public static final String HEADER = "X-API-Key";

	/** Where {@link ApiKeyInterceptor} puts the {@link Presented} key in the GraphQL context. */
	public static final String CONTEXT_KEY = "cloudkg.apiKey";

	private final byte[] key;

	ApiKeyGuard(AccessProperties properties) {
		this.key = properties.hasApiKey() ? properties.apiKey().getBytes(StandardCharsets.UTF_8) : null;
	}

	/** @throws ForbiddenException when a key is configured and {@code presented} is missing or wrong */
	public void check(Presented presented) {
		if (key == null) {
			return;
		}
		if (presented == null) {
			throw new ForbiddenException("changing the graph needs the API key: send it in an " + HEADER
					+ " header or as Authorization: Bearer … (the service is configured with cloudkg.api-key)");
		}
		if (!MessageDigest.isEqual(key, presented.key().strip().getBytes(StandardCharsets.UTF_8))) {
			throw new ForbiddenException("the API key sent in " + presented.header() + " is not the configured one");
		}
	}

	/** The key from an {@code X-API-Key} header value, else from an {@code Authorization: Bearer} value; null when neither. */
	public static Presented presented(String apiKeyHeader, String authorization) {
		if (apiKeyHeader != null && !apiKeyHeader.isBlank()) {
			return new Presented(apiKeyHeader, HEADER);
		}
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
				&& !authorization.substring(7).isBlank()) {
			return new Presented(authorization.substring(7), "the Authorization header (Bearer)");
		}
		return null;
	}

	/**
	 * A key as a request presented it.
	 * @param key the key
	 * @param header where it came from, named in the refusal so the caller knows which header to fix
	 */
	public record Presented(String key, String header) {
	}

}
