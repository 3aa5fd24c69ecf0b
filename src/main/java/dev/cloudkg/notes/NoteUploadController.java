package dev.cloudkg.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import dev.cloudkg.system.ApiKeyGuard;
import dev.cloudkg.system.BodyTooLargeException;
import dev.cloudkg.system.BoundedInputStream;
import dev.cloudkg.system.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notes over plain HTTP, for curl and scripts: {@code POST /notes/{id}} with the markdown as the body
 * ({@code ?dryRun=true} to only report) and {@code DELETE /notes/{id}}. Answers with the import report.
 * The request is checked in the order that costs least: the id, the Content-Type, the key, then the body,
 * read only up to {@code cloudkg.notes.max-size}.
 */
@RestController
class NoteUploadController {

	private static final Pattern NOTES = Pattern.compile("^/+notes/+");

	private static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown");

	private static final MediaType X_MARKDOWN = MediaType.parseMediaType("text/x-markdown");

	private final NoteImporter importer;

	private final ApiKeyGuard guard;

	private final NotesProperties properties;

	NoteUploadController(NoteImporter importer, ApiKeyGuard guard, NotesProperties properties) {
		this.importer = importer;
		this.guard = guard;
		this.properties = properties;
	}

	// Only the request: query parameters are read after the Content-Type check, because reading them from a
	// form-encoded POST would read its body first.
	@PostMapping("/notes/**")
	ResponseEntity<?> upload(HttpServletRequest request) throws IOException {
		String id = id(request);
		if (!markdown(request.getContentType())) {
			return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(Map.of("error", "POST /notes/" + id
					+ " takes the note as the body with Content-Type: text/markdown (or text/x-markdown); this request has "
					+ ((request.getContentType() != null)
							? "Content-Type: " + request.getContentType()
							: "no Content-Type")));
		}
		guard.check(presented(request));
		if (request.getContentLengthLong() > properties.maxSize().toBytes()) {
			throw new BodyTooLargeException("the note", properties.maxSize(), "cloudkg.notes.max-size");
		}
		byte[] markdown = new BoundedInputStream(request.getInputStream(), "the note", properties.maxSize(),
				"cloudkg.notes.max-size").readAllBytes();
		return ResponseEntity.ok(importer.importNote(id, request.getParameter("title"), markdown, null,
				Boolean.parseBoolean(request.getParameter("dryRun"))));
	}

	@DeleteMapping("/notes/**")
	ResponseEntity<ImportReport> delete(HttpServletRequest request) {
		String id = id(request);
		guard.check(presented(request));
		ImportReport report = importer.deleteNote(id);
		return (report != null) ? ResponseEntity.ok(report) : ResponseEntity.notFound().build();
	}

	/**
	 * The id as sent, from the raw path: Spring's own path matching drops ";…" (matrix variables), which would
	 * make /notes/a;b the note a. The id rule is the importer's, as for GraphQL.
	 */
	private static String id(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String id = UriUtils.decode(NOTES.matcher(path).replaceFirst(""), StandardCharsets.UTF_8);
		NoteImporter.checkId(id);
		return id;
	}

	private static boolean markdown(String contentType) {
		try {
			if (contentType == null) {
				return false;
			}
			MediaType type = MediaType.parseMediaType(contentType);
			return MARKDOWN.includes(type) || X_MARKDOWN.includes(type);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static ApiKeyGuard.Presented presented(HttpServletRequest request) {
		return ApiKeyGuard.presented(request.getHeader(ApiKeyGuard.HEADER),
				request.getHeader(HttpHeaders.AUTHORIZATION));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> badNote(NoteFormatException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", ex.getMessage());
		body.put("note", ex.note());
		body.put("line", ex.line());
		return ResponseEntity.badRequest().body(body);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> forbidden(ForbiddenException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<byte[]> tooLarge(BodyTooLargeException ex) {
		// as bytes, so the answer has a Content-Length: the server closes the connection on the rest of the body,
		// and a client must not need that connection's end to know the answer is complete
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
				.body(JsonMapper.shared().writeValueAsBytes(Map.of("error", ex.getMessage())));
	}

}
