package dev.cloudkg.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import dev.cloudkg.CloudKgTest;
import dev.cloudkg.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL at {@code /graphiql} in Debian's headless Chromium, with no host name but localhost resolving:
 * it starts offline, runs a typed query against {@code /graphql} and shows the answer.
 */
@CloudKgTest
class GraphiqlBrowserTests {

	private static final Duration BUDGET = Duration.ofSeconds(60);

	private static final String QUERY = "{ services(first: 3) { nodes { id } } }";

	@LocalServerPort
	int port;

	@TempDir
	Path profile;

	private ChromeDriver browser;

	@BeforeAll
	static void chromiumAndChromedriverAreInstalled() {
		HeadlessChromium.assumeInstalled("GraphiQL browser test");
	}

	@BeforeEach
	void openGraphiql() {
		browser = HeadlessChromium.start(profile);
		browser.get("http://localhost:" + port + "/");
		waitFor("GraphiQL's editor",
				() -> !browser.findElements(By.cssSelector(".graphiql-query-editor .CodeMirror")).isEmpty());
	}

	@AfterEach
	void closeTheBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aTypedQueryRunsAndItsAnswerIsShown() {
		assertThat(browser.getCurrentUrl()).isEqualTo("http://localhost:" + port + "/graphiql");
		assertThat(browser.getTitle()).contains("GraphiQL");
		browser.findElement(By.cssSelector(".graphiql-query-editor .CodeMirror")).click();
		WebElement editor = browser.switchTo().activeElement();
		editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		editor.sendKeys(QUERY);
		waitFor("the typed query in the editor", () -> queryText().equals(QUERY));
		editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

		waitFor("the answer in the result pane", () -> resultText().contains("\"nodes\""));
		assertThat(resultText()).contains("\"data\"", "\"services\"", "\"id\": \"api-gateway\"")
				.doesNotContain("\"errors\"");
		assertThat(resultText().split("\"id\": \"", -1)).as("three ids").hasSize(4);
	}

	@Test
	void theRunButtonRunsTheQueryToo() {
		browser.findElement(By.cssSelector(".graphiql-query-editor .CodeMirror")).click();
		WebElement editor = browser.switchTo().activeElement();
		editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		editor.sendKeys("{ service(id: \"API Gateway\") { id name } }");
		browser.findElement(By.cssSelector(".graphiql-execute-button")).click();

		waitFor("the answer in the result pane", () -> resultText().contains("\"service\""));
		assertThat(resultText()).contains("\"id\": \"api-gateway\"");
	}

	private String queryText() {
		return (String) browser.executeScript(
				"return document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue()");
	}

	/** The result pane's whole text (CodeMirror draws only the lines in view). */
	private String resultText() {
		Object text = browser.executeScript(
				"const pane = document.querySelector('.result-window .CodeMirror'); return pane ? pane.CodeMirror.getValue() : ''");
		return text == null ? "" : text.toString();
	}

	private void waitFor(String what, BooleanSupplier condition) {
		new WebDriverWait(browser, BUDGET, Duration.ofMillis(200))
				.withMessage(() -> "waited " + BUDGET.toSeconds() + " s for " + what + "; page title '"
						+ browser.getTitle()
						+ "', query '" + safely(this::queryText) + "', result '" + safely(this::resultText) + "'")
				.ignoring(StaleElementReferenceException.class)
				.until(driver -> condition.getAsBoolean());
	}

	private static String safely(Supplier<String> text) {
		try {
			return text.get();
		}
		catch (RuntimeException ex) {
			return "(" + ex.getClass().getSimpleName() + ")";
		}
	}

}
