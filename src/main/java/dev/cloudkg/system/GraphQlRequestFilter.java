package dev.cloudkg.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a GraphQL request over HTTP must be before it is read: a POST with Content-Type {@code application/json}
 * (415 otherwise, saying so), accepting a JSON answer (406 otherwise), with a body of at most
 * {@code cloudkg.graphql.max-request-size} (413: at once when its Content-Length says so, else as soon as
 * reading it passes the limit; see {@link GraphQlHttpErrors}). Spring refuses the first two with no reason.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class GraphQlRequestFilter extends OncePerRequestFilter {

	static final String SETTING = "cloudkg.graphql.max-request-size";

	private final String path;

	private final DataSize maxRequestSize;

	GraphQlRequestFilter(@Value("${spring.graphql.http.path:/graphql}") String path, GraphQlProperties properties) {
		this.path = path;
		this.maxRequestSize = properties.maxRequestSize();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isGraphQlPost(request, path);
	}

	/** Whether the request is a POST to the GraphQL endpoint at {@code path}: what the GraphQL body filters look at. */
	static boolean isGraphQlPost(HttpServletRequest request, String path) {
		return request.getMethod().equals("POST") && request.getRequestURI().equals(request.getContextPath() + path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!json(request.getContentType())) {
			new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"a GraphQL request is a POST with Content-Type: application/json"
							+ " and a body such as {\"query\": \"{ services { nodes { id } } }\"}; this one has "
							+ ((request.getContentType() != null)
									? "Content-Type: " + request.getContentType()
									: "no Content-Type"))
					.send(response, true);
			return;
		}
		if (!acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
			new Refusal(HttpStatus.NOT_ACCEPTABLE, "a GraphQL response is application/graphql-response+json or "
					+ "application/json; this request accepts only " + request.getHeader(HttpHeaders.ACCEPT))
					.send(response, true);
			return;
		}
		if (request.getContentLengthLong() > maxRequestSize.toBytes()) {
			new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, new BodyTooLargeException("the request", maxRequestSize, SETTING)
					.getMessage()).send(response, true);
			return;
		}
		chain.doFilter(new Bounded(request, maxRequestSize), response);
	}

	private static boolean json(String contentType) {
		try {
			return contentType != null && MediaType.APPLICATION_JSON.includes(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static boolean acceptsJson(String accept) {
		try {
			return accept == null || accept.isBlank() || MediaType.parseMediaTypes(accept).stream()
					.anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
							|| type.isCompatibleWith(MediaType.APPLICATION_GRAPHQL_RESPONSE));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** The request with its body read through a {@link BoundedInputStream}. */
	private static final class Bounded extends HttpServletRequestWrapper {

		private final DataSize limit;

		private ServletInputStream body;

		Bounded(HttpServletRequest request, DataSize limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (body == null) {
				body = new BoundedInputStream(super.getInputStream(), "the request", limit, SETTING);
			}
			return body;
		}

	}

}
