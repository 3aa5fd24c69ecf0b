package dev.cloudkg.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Says why a GraphQL request body could not be read, GraphQL over HTTP style ({@code {"errors": [{"message": …}]}}):
 * Spring answers these with a bare 400 whose body gives no reason. A body over the size limit is a 413.
 */
@Component
class GraphQlHttpErrors implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(GraphQlHttpErrors.class);

	private static final String EXAMPLE = "{\"query\": \"{ services { nodes { id } } }\"}";

	private final String path;

	GraphQlHttpErrors(@Value("${spring.graphql.http.path:/graphql}") String path) {
		this.path = path;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!request.getRequestURI().equals(request.getContextPath() + path) || response.isCommitted()) {
			return null;
		}
		Refusal refusal = refusal(ex);
		if (refusal == null) {
			return null;
		}
		try {
			refusal.send(response, true);
		}
		catch (IOException writeFailed) {
			log.debug("Could not send the refusal of a GraphQL request: {}", writeFailed.getMessage());
		}
		return new ModelAndView();
	}

	static Refusal refusal(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				return new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
			}
		}
		if (!(ex instanceof HttpMessageNotReadableException || ex instanceof ServerWebInputException)) {
			return null;
		}
		return new Refusal(HttpStatus.BAD_REQUEST, reason(ex));
	}

	private static String reason(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch) {
				String message = String.valueOf(mismatch.getOriginalMessage());
				if (message.contains("START_ARRAY") || message.contains("from Array")) {
					return "batched requests (a JSON array) are not supported: send one request per POST, e.g. "
							+ EXAMPLE;
				}
				if (message.startsWith("No content")) {
					return "the body is empty: send a JSON object such as " + EXAMPLE;
				}
				return "the body must be a JSON object with a \"query\" string, e.g. " + EXAMPLE;
			}
			if (cause instanceof StreamReadException invalid) {
				return "the body is not valid JSON: " + invalid.getOriginalMessage() + at(invalid);
			}
			if (cause instanceof JacksonException other) {
				return "the body is not a GraphQL request (" + other.getOriginalMessage() + "); send e.g. " + EXAMPLE;
			}
		}
		if (ex instanceof ServerWebInputException input && input.getReason() != null) {
			return "the body is not a GraphQL request (" + input.getReason() + "): send a JSON object such as "
					+ EXAMPLE;
		}
		return "the body is not a GraphQL request: send a JSON object such as " + EXAMPLE;
	}

	private static String at(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		return (location != null && location.getLineNr() > 0)
				? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"
				: "";
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1; // before Spring's resolvers answer with a bare status
	}

}
