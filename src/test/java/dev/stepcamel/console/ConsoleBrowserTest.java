package dev.stepcamel.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs): start the image pipeline from the page and watch it run, open a failed
 * execution, redrive one and watch it run again, and follow a Map of 1,000 iterations without freezing the page. Screenshots go to
 * {@code target/console-screenshots/}.
 */
class ConsoleBrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "console-screenshots");

    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private static ConsoleServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Skipped: headless Chromium is not installed (apt-get install -y chromium chromium-driver;"
                        + " .ci/run does this)");
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE); // not a warning per CDP version it lacks
        server = ConsoleServer.shared();
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1500,1100",
                "--user-data-dir=" + Files.createTempDirectory("stepcamel-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static WebDriverWait waiting(long seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds), Duration.ofMillis(50));
    }

    /** The classes of a state's node, read in one step, since a live page replaces nodes as it goes. */
    private static String statusOf(String state) {
        Object classes = ((JavascriptExecutor) browser).executeScript("const n = document.querySelector("
                + "\"svg .node.kind-state[data-state='\" + arguments[0] + \"']\"); return n ? n.getAttribute('class') : '';",
                state);
        return String.valueOf(classes);
    }

    private static void shoot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }

    @Test
    void startsTheImagePipelineFromThePageAndWatchesItsStatesTurnGreenLive() throws Exception {
        browser.get(server.url("/console"));
        waiting(10).until(ExpectedConditions.elementToBeClickable(By.linkText("image-pipeline"))).click();
        waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg .node[data-state='Validate']")));
        shoot("1-machine-graph");
        // Edges say what they are: Choice rules, the Default branch and Catch edges.
        assertThat(browser.findElements(By.cssSelector("svg .edge.choice .edge-label")))
                .extracting(WebElement::getText).contains("$.isValid == true");
        assertThat(browser.findElements(By.cssSelector("svg .edge.catch"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("svg .group.group[data-state='Process']"))).hasSize(1);
        browser.findElement(By.cssSelector("#routes-beside summary")).click(); // the compiled routes, beside the graph
        waiting(5).until(d -> d.findElement(By.id("routes-yaml")).getText().contains("- route:"));

        WebElement input = browser.findElement(By.id("exec-input"));
        input.clear();
        input.sendKeys("{\"key\": \"browser.jpg\"}");
        ((JavascriptExecutor) browser).executeScript("window.__samePage = true;");
        browser.findElement(By.id("start")).click();

        // The optimize step takes 1.5 s: the page shows it running, the steps before it green...
        waiting(10).until(d -> statusOf("Optimize").contains("status-running"));
        assertThat(statusOf("Validate")).contains("status-succeeded");
        assertThat(statusOf("Resize")).contains("status-succeeded");
        assertThat(statusOf("Notify")).contains("status-none");
        shoot("2-execution-running");
        // ...then every state it went through turns green, without a reload.
        waiting(10).until(d -> statusOf("Notify").contains("status-succeeded"));
        for (String state : List.of("Validate", "IsValid", "Process", "Resize", "ApplyFilters", "Optimize", "Notify")) {
            assertThat(statusOf(state)).as(state).contains("status-succeeded");
        }
        assertThat(statusOf("NotifyError")).contains("status-none");
        waiting(5).until(d -> d.findElement(By.id("ex-status")).getText().equals("SUCCEEDED"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return window.__samePage === true")).isEqualTo(true);
        assertThat(Integer.parseInt(browser.findElement(By.tagName("body")).getAttribute("data-live-messages")))
                .isGreaterThan(0);
        assertThat(browser.findElements(By.cssSelector("#history tr[data-type='ExecutionSucceeded']"))).hasSize(1);
        shoot("3-execution-succeeded");
    }

    @Test
    void opensAFailedExecutionAndSeesTheFailedStateAndItsError() throws Exception {
        server.send("POST", "/console/api/machines/image-pipeline/executions", "{\"input\": {\"key\": \"bad.gif\"}}");
        browser.get(server.url("/console#/executions?machine=image-pipeline&status=FAILED"));
        waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#executions tr[data-status='FAILED'] a")))
                .click();
        waiting(10).until(d -> statusOf("Rejected").contains("status-failed"));
        assertThat(browser.findElement(By.id("ex-error")).getText()).contains("ImageRejected");
        browser.findElement(By.cssSelector("svg .node[data-state='Rejected']")).click();
        WebElement error = waiting(5).until(ExpectedConditions.visibilityOfElementLocated(By.id("state-error")));
        assertThat(error.getText()).contains("ImageRejected").contains("is not a JPEG, PNG or WebP image");
        assertThat(statusOf("Process")).contains("status-none");
        shoot("4-failed-execution");
    }

    @Test
    void redrivesAFailedExecutionFromItsViewAndFollowsItRunAgain() throws Exception {
        String started = server.send("POST", "/console/api/machines/image-pipeline/executions",
                "{\"input\": {\"key\": \"again.gif\"}}").body();
        String arn = dev.stepcamel.data.Json.parse(started).get("executionArn").asText();
        waiting(10).until(d -> {
            try {
                return server.get("/console/api/execution?executionArn=" + arn).body().contains("\"FAILED\"");
            } catch (Exception e) {
                return false;
            }
        });
        browser.get(server.url("/console#/execution/" + java.net.URLEncoder.encode(arn, java.nio.charset.StandardCharsets.UTF_8)));
        WebElement redrive = waiting(10).until(ExpectedConditions.elementToBeClickable(By.id("redrive")));
        assertThat(browser.findElement(By.id("stop")).isEnabled()).isFalse();
        redrive.click();

        // The failed state runs again (the gif is still rejected), live on the same page.
        waiting(10).until(d -> d.findElements(By.cssSelector("#history tr[data-type='ExecutionRedriven']")).size() == 1);
        waiting(10).until(d -> d.findElements(By.cssSelector("#history tr[data-type='ExecutionFailed']")).size() == 2);
        waiting(5).until(d -> d.findElement(By.id("ex-status")).getText().equals("FAILED"));
        waiting(5).until(d -> d.findElement(By.id("redrive")).isEnabled()); // redrivable again once it ended
        assertThat(statusOf("Rejected")).contains("status-failed");
        assertThat(statusOf("Process")).contains("status-none");
        assertThat(browser.findElements(By.cssSelector("#history tr[data-type='TaskStateEntered']")))
                .as("Validate ran once, before the redrive").hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#history tr[data-type='FailStateEntered']"))).hasSize(2);
        shoot("8-redriven-execution");
    }

    @Test
    void codeModeRedrawsAsYouTypeShowsProblemsAtTheirStateAndLineAndSaves() throws Exception {
        browser.get(server.url("/console#/machine/console-draft/code"));
        WebElement editor = waiting(10).until(ExpectedConditions.elementToBeClickable(By.id("editor")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        String invalid = "{\n  \"StartAt\": \"Ask\",\n  \"States\": {\n    \"Ask\": {\"Type\": \"Choice\", \"Choices\": [\n"
                + "      {\"Variable\": \"$.n\", \"NumericGreaterThan\": 1, \"Next\": \"Big\"}],\n"
                + "      \"Default\": \"Small\"},\n    \"Big\": {\"Type\": \"Succeed\"}\n  }\n}";
        typeInto(js, editor, invalid);
        WebElement problem = waiting(5).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#problems li")));
        assertThat(problem.getText()).contains("line 6").contains("state Ask").contains("Small");
        assertThat(browser.findElement(By.cssSelector("svg .node[data-state='Ask']")).getAttribute("class"))
                .contains("problem");
        assertThat(browser.findElements(By.cssSelector("svg .edge.choice .edge-label"))).extracting(WebElement::getText)
                .containsExactly("$.n > 1");
        shoot("7-code-mode-problem");
        typeInto(js, editor, invalid.replace("\"Big\": {\"Type\": \"Succeed\"}",
                "\"Big\": {\"Type\": \"Succeed\"},\n    \"Small\": {\"Type\": \"Pass\", \"End\": true}"));
        waiting(5).until(d -> d.findElement(By.id("problems")).getText().contains("No validation problems"));
        assertThat(browser.findElements(By.cssSelector("svg .node[data-state='Small']"))).hasSize(1);
        browser.findElement(By.id("save")).click();
        waiting(5).until(d -> d.findElement(By.id("save-result")).getText().contains("created"));
        assertThat(server.get("/console/api/machines/console-draft").statusCode()).isEqualTo(200);
    }

    /** Replaces the editor's text as typing would, firing the input event the page listens to. */
    private static void typeInto(JavascriptExecutor js, WebElement editor, String text) {
        js.executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", editor, text);
    }

    @Test
    void followsAMapOfAThousandIterationsWithoutFreezingThePage() throws Exception {
        StringBuilder images = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            images.append(i == 0 ? "" : ",").append("\"img-").append(i).append(".jpg\"");
        }
        browser.get(server.url("/console#/machine/image-batch"));
        WebElement input = waiting(10).until(ExpectedConditions.elementToBeClickable(By.id("exec-input")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("arguments[0].value = arguments[1];", input,
                "{\"bucket\": \"b\", \"images\": [" + images + "]}");
        // Measure the longest gap between timer ticks: a frozen page cannot run them.
        js.executeScript("window.__maxGap = 0; window.__last = performance.now(); setInterval(() => {"
                + " const now = performance.now(); window.__maxGap = Math.max(window.__maxGap, now - window.__last);"
                + " window.__last = now; }, 20);");
        browser.findElement(By.id("start")).click();
        waiting(10).until(d -> d.findElements(By.cssSelector("svg .node[data-state='Resize'].status-running")).size() == 1);
        browser.findElement(By.cssSelector("svg .node[data-state='ProcessImages']")).click();
        shoot("5-map-1000-iterations-running");
        waiting(30).until(d -> d.findElement(By.id("ex-status")).getText().equals("SUCCEEDED"));
        waiting(5).until(d -> statusOf("Summarize").contains("status-succeeded"));
        int messages = Integer.parseInt(browser.findElement(By.tagName("body")).getAttribute("data-live-messages"));
        waiting(5).until(d -> d.findElements(By.cssSelector(".iters b.succeeded")).size() == 1000);
        // The list may still be redrawn by a late live message: click again until the detail shows.
        waiting(5).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector(".iters b[data-i='999']")).click();
            return d.findElement(By.id("iteration-detail")).getText().contains("Iteration 999: succeeded");
        });
        double maxGap = ((Number) js.executeScript("return window.__maxGap")).doubleValue();
        shoot("6-map-1000-iterations-done");
        assertThat(messages).as("live messages").isGreaterThan(1);
        assertThat(maxGap).as("longest pause of the page's timers, ms").isLessThan(1000);
    }
}
