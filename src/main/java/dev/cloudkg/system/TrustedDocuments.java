package dev.cloudkg.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Trusted documents ({@code cloudkg.graphql.trusted-documents}): when the setting names a folder, only the
 * {@code *.graphql} documents in it run, over HTTP and WebSocket alike. A request names one by id, the SHA-256 hex
 * of the file's text or the file name without {@code .graphql} (GraphQL over HTTP's {@code documentId}, turned into
 * the next by {@link DocumentIdFilter}, or Apollo's {@code extensions.persistedQuery.sha256Hash}), or sends the
 * whole text, accepted when it is a registered document's (leading and trailing white space aside). Anything else
 * is refused before it is parsed with one FORBIDDEN error, code {@code PERSISTED_QUERY_NOT_FOUND}. The folder is read
 * once, at start. Off (the setting unset), every document is accepted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before the other interceptors configure a request that will not run
class TrustedDocuments implements WebGraphQlInterceptor {

	static final String SETTING = "cloudkg.graphql.trusted-documents";

	static final String CODE = "PERSISTED_QUERY_NOT_FOUND";

	private static final Logger log = LoggerFactory.getLogger(TrustedDocuments.class);

	private final Path folder;

	/** Document text by id: SHA-256 hex and file name; null when the setting is off. */
	private final Map<String, String> byId;

	/** The SHA-256 of each registered text, stripped of leading and trailing white space. */
	private final Set<String> texts;

	TrustedDocuments(GraphQlProperties properties) {
		this.folder = properties.trustedDocumentsOnly() ? properties.trustedDocuments().toAbsolutePath() : null;
		this.byId = (folder != null) ? new HashMap<>() : null;
		this.texts = new HashSet<>();
		if (folder != null) {
			load();
			log.info("Trusted documents only: {} document(s) from {} ({})", texts.size(), folder, SETTING);
		}
	}

	private void load() {
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException(
					SETTING + " is " + folder + ", which is not a folder: create it with the trusted *.graphql"
							+ " documents, or unset the setting to accept every document");
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphql") && Files.isRegularFile(f))
					.sorted()
					.toList()) {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				String name = file.getFileName().toString();
				String previous = byId.put(name.substring(0, name.length() - ".graphql".length()), text);
				if (previous != null && !previous.equals(text)) {
					throw new IllegalStateException(SETTING + ": two different documents are named " + name
							+ " (ids by file name must be unique); rename one");
				}
				byId.put(sha256(text), text);
				texts.add(sha256(text.strip()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the trusted documents in " + folder, ex);
		}
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (byId == null) {
			return chain.next(request);
		}
		String document = request.getDocument();
		boolean byIdOnly = document == null || document.isBlank()
				|| PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(document);
		if (!byIdOnly) {
			return texts.contains(sha256(document.strip()))
					? chain.next(request)
					: refuse(request, "this document is not one of the trusted documents (" + SETTING
							+ "): send the id or the text of a registered document");
		}
		String id = persistedHash(request.getExtensions());
		String text = (id != null) ? byId.getOrDefault(id, byId.get(id.toLowerCase(Locale.ROOT))) : null;
		if (text == null) {
			return refuse(request, (id != null)
					? "no trusted document has the id '" + id + "' (" + SETTING
							+ "): an id is the SHA-256 hex of a registered document's text or its file name"
							+ " without .graphql"
					: "send a query or the id of a trusted document (" + SETTING + ")");
		}
		request.configureExecutionInput((input, builder) -> builder.query(text).build());
		return chain.next(request);
	}

	/** Apollo's {@code extensions.persistedQuery.sha256Hash}; null when absent. */
	private static String persistedHash(Map<String, Object> extensions) {
		if (extensions != null && extensions.get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash && !hash.isBlank()) {
			return hash.strip();
		}
		return null;
	}

	private static Mono<WebGraphQlResponse> refuse(WebGraphQlRequest request, String message) {
		GraphQLError error = GraphQLError.newError()
				.errorType(ErrorType.FORBIDDEN)
				.message(message)
				.extensions(Map.of("code", CODE))
				.build();
		ExecutionResult result = ExecutionResult.newExecutionResult().errors(List.of(error)).build();
		return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
				result)));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
