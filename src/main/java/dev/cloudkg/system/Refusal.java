package dev.cloudkg.system;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request refused before any handler ran, written as JSON: GraphQL over HTTP style
 * ({@code {"errors": [{"message": …}]}}) on the GraphQL endpoint, {@code {"error": …}} like the notes endpoint
 * elsewhere.
 */
record Refusal(HttpStatus status, String message) {

	void send(HttpServletResponse response, boolean graphQl) throws IOException {
		Object body = graphQl ? Map.of("errors", List.of(Map.of("message", message))) : Map.of("error", message);
		byte[] json = JsonMapper.shared().writeValueAsBytes(body);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		// a length, so the client has the whole answer even when the server closes the connection on the rest
		// of a body it will not read (a 413)
		response.setContentLength(json.length);
		response.getOutputStream().write(json);
	}

}
