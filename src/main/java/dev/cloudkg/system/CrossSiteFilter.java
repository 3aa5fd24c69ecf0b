package dev.cloudkg.system;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses changes a web page the user merely visits could send. Browsers mark every cross-site POST, PUT and
 * DELETE with its page's {@code Origin}: one that is neither this service's own (same scheme, host and port as
 * the request) nor listed in {@code cloudkg.allowed-origins} is refused. Without an API key, changes are also
 * refused unless addressed to localhost: a page that rebinds its own host name to 127.0.0.1 (DNS rebinding) is
 * "same origin" by every header it sends, but its Host is still its own name. A WebSocket handshake is a GET, but
 * browsers apply no CORS to WebSockets, so a page could read everything sent over one: the handshake is held to
 * the same rules as a POST.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // before anything reads a body
class CrossSiteFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final Set<String> allowedOrigins;

	private final boolean keyed;

	private final String graphQlPath;

	CrossSiteFilter(AccessProperties access, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		this.allowedOrigins = access.allowedOrigins().stream().map(CrossSiteFilter::normalized)
				.collect(Collectors.toSet());
		this.keyed = access.hasApiKey();
		this.graphQlPath = graphQlPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Refusal refusal = (SAFE_METHODS.contains(request.getMethod()) && !webSocketHandshake(request))
				? null
				: refusal(request);
		if (refusal != null) {
			refusal.send(response, request.getRequestURI().equals(request.getContextPath() + graphQlPath));
			return;
		}
		chain.doFilter(request, response);
	}

	Refusal refusal(HttpServletRequest request) {
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin != null && !sameOrigin(origin, request) && !allowedOrigins.contains(normalized(origin))) {
			return new Refusal(HttpStatus.FORBIDDEN, "refused: a page from " + origin + " may not change this service "
					+ "(only its own pages and the origins listed in cloudkg.allowed-origins may)");
		}
		if (!keyed && !loopbackName(request.getServerName())) {
			return new Refusal(HttpStatus.FORBIDDEN,
					"refused: without an API key (cloudkg.api-key) changes are accepted "
							+ "only when addressed to localhost, and this request is addressed to "
							+ request.getServerName());
		}
		return null;
	}

	private static boolean webSocketHandshake(HttpServletRequest request) {
		return "websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE));
	}

	private static boolean sameOrigin(String origin, HttpServletRequest request) {
		try {
			URI uri = URI.create(origin);
			return uri.getScheme() != null && uri.getHost() != null
					&& uri.getScheme().equalsIgnoreCase(request.getScheme())
					&& uri.getHost().equalsIgnoreCase(request.getServerName())
					&& port(uri.getScheme(), uri.getPort()) == port(request.getScheme(), request.getServerPort());
		}
		catch (IllegalArgumentException ex) {
			return false; // "null" (a sandboxed page or a file) or garbage: not ours
		}
	}

	private static int port(String scheme, int port) {
		if (port != -1) {
			return port;
		}
		return "https".equalsIgnoreCase(scheme) ? 443 : 80;
	}

	/** Names only this machine answers to; a literal address is checked, never resolved. */
	static boolean loopbackName(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		if (name.startsWith("[") && name.endsWith("]")) {
			name = name.substring(1, name.length() - 1);
		}
		return name.equals("localhost") || name.equals("::1") || name.equals("0:0:0:0:0:0:0:1")
				|| name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
	}

	private static String normalized(String origin) {
		String value = origin.strip().toLowerCase(Locale.ROOT);
		return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
	}

}
