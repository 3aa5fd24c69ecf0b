package dev.cloudkg.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Which changes count as coming from a foreign page. */
class CrossSiteFilterTests {

	private static CrossSiteFilter filter(String apiKey, String... allowedOrigins) {
		return new CrossSiteFilter(new AccessProperties(apiKey, List.of(allowedOrigins)), "/graphql");
	}

	private static MockHttpServletRequest post(String scheme, String host, int port, String origin) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/notes/x");
		request.setScheme(scheme);
		request.setServerName(host);
		request.setServerPort(port);
		if (origin != null) {
			request.addHeader("Origin", origin);
		}
		return request;
	}

	@Test
	void theServicesOwnOriginAndNoOriginPass() {
		CrossSiteFilter filter = filter(null);
		assertThat(filter.refusal(post("http", "localhost", 8080, null))).isNull();
		assertThat(filter.refusal(post("http", "localhost", 8080, "http://localhost:8080"))).isNull();
		assertThat(filter.refusal(post("http", "LocalHost", 80, "http://localhost"))).isNull();
		assertThat(filter.refusal(post("http", "127.0.0.1", 8080, "http://127.0.0.1:8080"))).isNull();
		assertThat(filter.refusal(post("http", "[::1]", 8080, "http://[::1]:8080"))).isNull();
	}

	@Test
	void anotherSchemeHostOrPortIsForeign() {
		CrossSiteFilter filter = filter(null);
		for (String origin : new String[]{"http://evil.example", "https://localhost:8080", "http://localhost:8081",
				"http://localhost", "null", "not a url"}) {
			Refusal refusal = filter.refusal(post("http", "localhost", 8080, origin));
			assertThat(refusal).as(origin).isNotNull();
			assertThat(refusal.status()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(refusal.message()).contains(origin, "cloudkg.allowed-origins");
		}
	}

	@Test
	void listedOriginsPass() {
		CrossSiteFilter filter = filter(null, "https://Notes.example.com/");
		assertThat(filter.refusal(post("http", "localhost", 8080, "https://notes.example.com"))).isNull();
		assertThat(filter.refusal(post("http", "localhost", 8080, "https://notes.example.com:8443"))).isNotNull();
	}

	@Test
	void withoutAKeyChangesMustBeAddressedToLocalhost() {
		// a rebound name: its Origin matches its Host, but the Host is not this machine's
		Refusal refusal = filter(null).refusal(post("http", "rebound.example", 8080, "http://rebound.example:8080"));
		assertThat(refusal.status()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refusal.message()).contains("cloudkg.api-key", "rebound.example");
		assertThat(filter("s3cret").refusal(post("http", "rebound.example", 8080, "http://rebound.example:8080")))
				.isNull();
	}

	@Test
	void loopbackNamesAreLiteral() {
		assertThat(CrossSiteFilter.loopbackName("localhost")).isTrue();
		assertThat(CrossSiteFilter.loopbackName("127.0.0.1")).isTrue();
		assertThat(CrossSiteFilter.loopbackName("[::1]")).isTrue();
		assertThat(CrossSiteFilter.loopbackName("localhost.evil.example")).isFalse();
		assertThat(CrossSiteFilter.loopbackName("127.0.0.1.evil.example")).isFalse();
		assertThat(CrossSiteFilter.loopbackName("10.0.0.1")).isFalse();
	}

}
