package dev.cloudkg.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * With trusted documents on, turns a GraphQL over HTTP request by {@code documentId} (and no {@code query}) into
 * Apollo's form, {@code extensions.persistedQuery.sha256Hash}, which {@link TrustedDocuments} resolves: Spring's
 * request reader drops {@code documentId}. Every other body passes as it came (the bytes already read).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30) // after GraphQlRequestFilter bounded the body
class DocumentIdFilter extends OncePerRequestFilter {

	private final String path;

	private final boolean on;

	DocumentIdFilter(@Value("${spring.graphql.http.path:/graphql}") String path, GraphQlProperties properties) {
		this.path = path;
		this.on = properties.trustedDocumentsOnly();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !on || !GraphQlRequestFilter.isGraphQlPost(request, path);
	}

	@Override
	@SuppressWarnings("unchecked")
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body;
		try {
			body = request.getInputStream().readAllBytes();
		}
		catch (BodyTooLargeException ex) {
			new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, ex.getMessage()).send(response, true);
			return;
		}
		try {
			if (JsonMapper.shared().readValue(body, Object.class) instanceof Map<?, ?> map
					&& map.get("documentId") instanceof String id && map.get("query") == null) {
				Map<String, Object> rewritten = new LinkedHashMap<>((Map<String, Object>) map);
				rewritten.remove("documentId");
				Map<String, Object> extensions = (rewritten.get("extensions") instanceof Map<?, ?> given)
						? new LinkedHashMap<>((Map<String, Object>) given)
						: new LinkedHashMap<>();
				extensions.put("persistedQuery", Map.of("version", 1, "sha256Hash", id));
				rewritten.put("extensions", extensions);
				body = JsonMapper.shared().writeValueAsBytes(rewritten);
			}
		}
		catch (JacksonException ex) {
			// not JSON: Spring's reader says why (GraphQlHttpErrors)
		}
		chain.doFilter(new Body(request, body), response);
	}

	/** The request with {@code body} as its body. */
	private static final class Body extends HttpServletRequestWrapper {

		private final byte[] body;

		Body(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("blocking reads only");
				}

			};
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

}
