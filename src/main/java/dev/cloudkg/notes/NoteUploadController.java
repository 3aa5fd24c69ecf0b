package dev.cloudkg.notes;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.cloudkg.system.ApiKeyGuard;
import dev.cloudkg.system.ForbiddenException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notes over plain HTTP, for curl and scripts: {@code POST /notes/{id}} with the markdown as the body
 * ({@code ?dryRun=true} to only report) and {@code DELETE /notes/{id}}. Answers with the import report.
 */
@RestController
class NoteUploadController {

	private final NoteImporter importer;

	private final ApiKeyGuard guard;

	NoteUploadController(NoteImporter importer, ApiKeyGuard guard) {
		this.importer = importer;
		this.guard = guard;
	}

	@PostMapping(path = "/notes/{*id}", consumes = { "text/markdown", "text/plain", "application/octet-stream" })
	ImportReport upload(@PathVariable String id, @RequestBody(required = false) byte[] markdown,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) String title,
			@RequestHeader(name = ApiKeyGuard.HEADER, required = false) String apiKey,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		guard.check(ApiKeyGuard.presented(apiKey, authorization));
		return importer.importNote(strip(id), title, (markdown != null) ? markdown : new byte[0], null, dryRun);
	}

	@DeleteMapping("/notes/{*id}")
	ResponseEntity<ImportReport> delete(@PathVariable String id,
			@RequestHeader(name = ApiKeyGuard.HEADER, required = false) String apiKey,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		guard.check(ApiKeyGuard.presented(apiKey, authorization));
		ImportReport report = importer.deleteNote(strip(id));
		return (report != null) ? ResponseEntity.ok(report) : ResponseEntity.notFound().build();
	}

	/** {@code {*id}} keeps the leading slash: /notes/aws/lambda is the note aws/lambda. */
	private static String strip(String id) {
		return id.startsWith("/") ? id.substring(1) : id;
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

}
