package dev.cloudkg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium through Debian's chromedriver, for the browser tests: no first-run, sync,
 * update or background traffic, a fresh profile, and no host name but {@code localhost} resolves, so a
 * page that needs anything from elsewhere fails.
 */
public final class HeadlessChromium {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	/**
	 * Skips the calling test class where Chromium or chromedriver is missing, unless the environment
	 * variable {@code CI} is set: CI installs them, so there a missing one fails the test.
	 */
	public static void assumeInstalled(String test) {
		List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path)).toList();
		if (System.getenv("CI") != null) {
			assertThat(missing)
					.as("CI is set, so the %s must run, but it needs Chromium and chromedriver "
							+ "(apt-get install -y chromium chromium-driver); missing", test)
					.isEmpty();
		}
		assumeTrue(missing.isEmpty(),
				() -> test + " skipped: " + missing + " missing (apt-get install -y chromium chromium-driver)");
	}

	/** A new browser with its profile in {@code profile} (a fresh directory). */
	public static ChromeDriver start(Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1600,1000", "--user-data-dir=" + profile,
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.withLogLevel(ChromiumDriverLogLevel.OFF)
				.build();
		return new ChromeDriver(service, options);
	}

}
