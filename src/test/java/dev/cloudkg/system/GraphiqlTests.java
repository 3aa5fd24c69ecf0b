package dev.cloudkg.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cloudkg.CloudKgTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphiQL's page and everything it loads come from the service itself, never from a CDN. */
@CloudKgTest
class GraphiqlTests {

	private static final Pattern REFERENCE = Pattern.compile("<(?:script|link)\\b[^>]*\\b(?:src|href)=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static List<String> references(String html) {
		Matcher matcher = REFERENCE.matcher(html);
		return matcher.results().map(result -> result.group(1)).toList();
	}

	@Test
	void everyScriptAndStyleSheetOfThePageIsServedByTheServiceItself() throws Exception {
		HttpResponse<String> page = get("/graphiql");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		List<String> references = references(page.body());
		assertThat(references).as("scripts and style sheets of /graphiql")
				.hasSize(6)
				.allMatch(reference -> reference.startsWith("/") && !reference.startsWith("//"),
						"a path on this service");
		assertThat(page.body()).doesNotContainPattern("(?i)\\b(?:src|href)=\"(?:https?:)?//")
				.doesNotContain("esm.sh", "unpkg", "jsdelivr", "importmap");
		for (String reference : references) {
			HttpResponse<String> file = get(reference);
			assertThat(file.statusCode()).as(reference).isEqualTo(200);
			assertThat(file.body()).as(reference).isNotBlank();
			if (reference.endsWith(".css")) {
				assertThat(file.body()).as("%s loads nothing from elsewhere", reference)
						.doesNotContainPattern("url\\(\\s*['\"]?(?:https?:)?//")
						.doesNotContainPattern("@import\\s+(?:url\\()?\\s*['\"]?(?:https?:)?//");
			}
		}
	}

	@Test
	void theGraphiqlPageIsOursNotSpringsCdnPage() throws Exception {
		assertThat(get("/graphiql").body()).contains("/graphiql/cloudkg-graphiql.js");
		assertThat(get("/graphiql/index.html").body()).isEqualTo(get("/graphiql").body());
		assertThat(get("/graphiql?path=/elsewhere").body()).isEqualTo(get("/graphiql").body());
	}

}
