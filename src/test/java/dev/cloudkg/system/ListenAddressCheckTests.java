package dev.cloudkg.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.cloudkg.CloudKgApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service listens beyond localhost only with an API key. */
class ListenAddressCheckTests {

	private static ListenAddressCheck check(String address, String apiKey) {
		MockEnvironment environment = new MockEnvironment();
		if (address != null) {
			environment.setProperty("server.address", address);
		}
		return new ListenAddressCheck(environment, new AccessProperties(apiKey, List.of()));
	}

	@ParameterizedTest
	@ValueSource(strings = {"localhost", "127.0.0.1", "127.1.2.3", "::1"})
	void loopbackAddressesNeedNoKey(String address) {
		assertThatCode(() -> check(address, null).check()).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = {"0.0.0.0", "::", "192.168.1.20"})
	void otherAddressesNeedAKey(String address) {
		assertThatThrownBy(() -> check(address, null).check()).isInstanceOf(UnprotectedListenerException.class)
				.hasMessageContaining("listen on " + address + " (server.address)")
				.hasMessageContaining("cloudkg.api-key");
		assertThatCode(() -> check(address, "s3cret").check()).doesNotThrowAnyException();
	}

	@Test
	void noAddressMeansAllInterfaces() {
		assertThatThrownBy(() -> check(null, " ").check()).hasMessageContaining("listen on all interfaces");
	}

	@Test
	void theReportSaysWhichVariableToSet() {
		FailureAnalysis analysis = new UnprotectedListenerFailureAnalyzer()
				.analyze(new IllegalStateException("wrapped", new UnprotectedListenerException("0.0.0.0")));
		assertThat(analysis.getDescription()).contains("0.0.0.0", "no API key");
		assertThat(analysis.getAction()).contains("CLOUDKG_API_KEY", "SERVER_ADDRESS=localhost");
	}

	@Test
	void theServiceRefusesToStartOnAllInterfacesWithoutAKeyBeforeItStartsTheDatabase(@TempDir Path dataDir) {
		long started = System.nanoTime();
		assertThatThrownBy(() -> new SpringApplicationBuilder(CloudKgApplication.class).run("--server.address=0.0.0.0",
				"--server.port=0", "--cloudkg.embedded.bolt-port=0", "--cloudkg.embedded.http-port=0",
				"--cloudkg.embedded.data-dir=" + dataDir))
				.satisfies(
						failure -> assertThat(new UnprotectedListenerFailureAnalyzer().analyze(failure)).isNotNull());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
		assertThat(dataDir).isEmptyDirectory();
	}

}
