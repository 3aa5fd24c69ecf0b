package dev.cloudkg.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key check names the header the caller actually used. */
class ApiKeyGuardTests {

	private final ApiKeyGuard guard = new ApiKeyGuard(new AccessProperties("s3cret", List.of()));

	@Test
	void aWrongBearerTokenIsCalledABearerToken() {
		assertThatThrownBy(() -> guard.check(ApiKeyGuard.presented(null, "Bearer wrong")))
				.isInstanceOf(ForbiddenException.class)
				.hasMessage("the API key sent in the Authorization header (Bearer) is not the configured one");
	}

	@Test
	void aWrongHeaderKeyIsCalledAHeaderKey() {
		assertThatThrownBy(() -> guard.check(ApiKeyGuard.presented("wrong", "Bearer s3cret")))
				.hasMessage("the API key sent in X-API-Key is not the configured one");
	}

	@Test
	void eitherHeaderWithTheKeyPasses() {
		assertThatCode(() -> guard.check(ApiKeyGuard.presented(null, "bearer s3cret"))).doesNotThrowAnyException();
		assertThatCode(() -> guard.check(ApiKeyGuard.presented("s3cret", null))).doesNotThrowAnyException();
	}

	@Test
	void noKeyAtAllSaysHowToSendOne() {
		assertThatThrownBy(() -> guard.check(ApiKeyGuard.presented(null, "Basic abc")))
				.hasMessageContaining("X-API-Key header or as Authorization: Bearer");
	}

}
