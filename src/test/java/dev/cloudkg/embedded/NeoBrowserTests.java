package dev.cloudkg.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

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
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Neo4j Browser served by the embedded Neo4j, driven in Debian's headless Chromium: its address
 * fills in the server and the user, the password is typed, and it shows the cloudkg guide, runs the
 * guide's queries and draws nodes in the cloudkg style.
 *
 * <p>Chromium resolves no name but localhost: whatever the Browser needs comes from the embedded Neo4j.
 * Skipped where Chromium is missing outside CI (see {@link HeadlessChromium}).
 */
@CloudKgTest
class NeoBrowserTests {

	/** Time for everything one test waits for in the Browser, together. */
	private static final Duration BUDGET = Duration.ofSeconds(60);

	private static final String GUIDE_HEADING = "cloudkg: the cloud services graph";

	private static final By FRAME = By.cssSelector("[data-testid='stream'] article[data-testid='frame']");

	@Autowired
	EmbeddedNeo4j embeddedNeo4j;

	@TempDir
	Path profile;

	private ChromeDriver browser;

	private Instant deadline;

	@BeforeAll
	static void chromiumAndChromedriverAreInstalled() {
		HeadlessChromium.assumeInstalled("Neo4j Browser test");
	}

	@BeforeEach
	void openTheBrowserAndConnect() {
		browser = HeadlessChromium.start(profile);
		deadline = Instant.now().plus(BUDGET);

		String uri = embeddedNeo4j.browserUri().toString();
		browser.get(uri);
		assertThat(browser.getTitle())
				.as("title of %s (an HTTP error here usually means a browser/ folder on the classpath hides the "
						+ "Browser's own files)", uri)
				.contains("Neo4j Browser");
		waitFor("the connect form", () -> !browser.findElements(By.cssSelector("[data-testid='password']")).isEmpty());
		assertThat(browser.findElement(By.cssSelector("[data-testid='username']")).getDomProperty("value"))
				.as("user filled in from the address").isEqualTo("neo4j");
		browser.findElement(By.cssSelector("[data-testid='password']")).sendKeys(embeddedNeo4j.password());
		browser.findElement(By.cssSelector("[data-testid='connect']")).click();
		waitFor("the Browser to connect and play the guide from guide.html", () -> !guideFrames().isEmpty());
	}

	@AfterEach
	void closeTheBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theGuideQueryForServerlessWithoutTimeLimitRunsFromTheEditorAndFindsFargateButNotLambda() {
		WebElement query = guideFrames().get(0).findElement(By.cssSelector("pre.runnable"));
		assertThat(query.getText())
				.startsWith("MATCH (s:Service) WHERE s.serverless = true AND s.hasTimeLimit = false");
		query.click();
		waitFor("the guide query in the editor", () -> editorText().contains("s.hasTimeLimit = false"));
		browser.findElement(By.cssSelector("[data-testid='editor-Run']")).click();

		WebElement result = waitForResult("s.hasTimeLimit = false", By.cssSelector("table td[role='cell']"));
		List<String> cells = result.findElements(By.cssSelector("table td[role='cell']"))
				.stream()
				.map(WebElement::getText)
				.toList();
		assertThat(cells).contains("\"Fargate\"", "\"no time limit\"");
		assertThat(contentsOf(result)).contains("Fargate").doesNotContain("Lambda");
	}

	@Test
	void nodesAreColouredByKindAndCaptionedByNameInTheGuideStyle() {
		waitFor("the style from style.grass to be applied", () -> frames().stream()
				.anyMatch(frame -> commandOf(frame).startsWith(":style ")
						&& contentsOf(frame).contains("node.Technology")));
		browser.findElement(By.id("monaco-main-editor")).click();
		browser.switchTo().activeElement().sendKeys("MATCH (s:Service) WHERE s.id IN ['docker', 'lambda'] RETURN s");
		waitFor("the typed query in the editor", () -> editorText().endsWith("RETURN s"));
		browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

		WebElement result = waitForResult("s.id IN ['docker', 'lambda']", By.cssSelector("svg.neod3viz g.node"));
		waitFor("two captioned nodes in the graph", () -> captions(result).size() == 2);
		Map<String, String> fillByCaption = result.findElements(By.cssSelector("svg.neod3viz g.node"))
				.stream()
				.collect(Collectors.toMap(node -> node.findElement(By.cssSelector("text.caption")).getText().strip(),
						node -> node.findElement(By.cssSelector("circle.b-outline"))
								.getDomAttribute("fill")
								.toUpperCase(Locale.ROOT)));
		assertThat(fillByCaption).as("fill colour of each node, by caption")
				.containsOnly(Map.entry("Docker", "#F79767"), Map.entry("Lambda", "#4C8EDA"));
	}

	private List<WebElement> frames() {
		return browser.findElements(FRAME);
	}

	private List<WebElement> guideFrames() {
		return frames().stream()
				.filter(frame -> commandOf(frame).startsWith(":play ")
						&& commandOf(frame).endsWith("/cloudkg/guide.html"))
				.filter(frame -> frame.findElements(By.tagName("h3"))
						.stream()
						.anyMatch(heading -> heading.getText().strip().equals(GUIDE_HEADING)))
				.toList();
	}

	/** The newest frame for a query containing {@code command}, once it shows {@code content}. */
	private WebElement waitForResult(String command, By content) {
		waitFor("a result for " + command, () -> frames().stream()
				.findFirst()
				.filter(frame -> commandOf(frame).contains(command))
				.filter(frame -> !frame.findElements(content).isEmpty())
				.isPresent());
		return frames().get(0);
	}

	private List<String> captions(WebElement result) {
		return result.findElements(By.cssSelector("svg.neod3viz g.node text.caption"))
				.stream()
				.map(caption -> caption.getText().strip())
				.filter(caption -> !caption.isEmpty())
				.toList();
	}

	private static String commandOf(WebElement frame) {
		return frame.findElements(By.cssSelector("[data-testid='frameCommand']"))
				.stream()
				.map(WebElement::getText)
				.map(NeoBrowserTests::normalised)
				.findFirst()
				.orElse("");
	}

	private static String contentsOf(WebElement frame) {
		return frame.findElements(By.cssSelector("[data-testid='frameContents']"))
				.stream()
				.map(WebElement::getText)
				.map(NeoBrowserTests::normalised)
				.collect(Collectors.joining("\n"));
	}

	private String editorText() {
		return normalised(browser.findElement(By.cssSelector("#monaco-main-editor .view-lines")).getText());
	}

	/** Monaco renders spaces as no-break spaces. */
	private static String normalised(String text) {
		return text.replace('\u00A0', ' ').strip();
	}

	private void waitFor(String what, BooleanSupplier condition) {
		Duration left = Duration.between(Instant.now(), deadline);
		new WebDriverWait(browser, left.isNegative() ? Duration.ZERO : left, Duration.ofMillis(200))
				.withMessage(() -> "waited " + BUDGET.toSeconds() + " s in all for " + what + "; page title '"
						+ browser.getTitle() + "', newest frames "
						+ frames().stream().limit(3).map(NeoBrowserTests::commandOf).toList())
				.ignoring(StaleElementReferenceException.class)
				.until(driver -> condition.getAsBoolean());
	}

}
