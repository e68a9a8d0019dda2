package vn.gov.sonla.awards.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code /usr/bin/chromium} driven by {@code /usr/bin/chromedriver}, nothing
 * downloaded) for browser tests, as a JUnit extension: register it as a static {@code @RegisterExtension} field.
 * <ul>
 *   <li>before all tests of the class it starts one browser with a fresh profile under {@code target/};
 *       if Chromium or ChromeDriver is missing, each test is skipped (an assumption, reported with the reason,
 *       before the test instance — and so the Spring context — is made) — unless {@code CI=true}, where the
 *       class fails;</li>
 *   <li>before each test it forgets the cookies, so every test starts signed out;</li>
 *   <li>when a test fails it saves a screenshot and the page source under {@code target/browser-failures/};</li>
 *   <li>after all tests it quits the browser and deletes its profile.</li>
 * </ul>
 * Every wait is a {@link WebDriverWait}; a click that leaves the page waits for the next page to be loaded.
 */
public final class Browser implements BeforeAllCallback, TestInstancePreConstructCallback, BeforeEachCallback,
        AfterTestExecutionCallback, AfterAllCallback {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Path TARGET = Path.of("target");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private String unavailable;
    private Path profile;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private String baseUrl;
    private String errorPageTitle;

    // ------------------------------------------------------------------------------------------------
    // Lifecycle (JUnit callbacks)
    // ------------------------------------------------------------------------------------------------

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        unavailable = missingChromium();
        if (unavailable != null) {
            return;
        }
        Path tmp = Files.createDirectories(TARGET.resolve("tmp").toAbsolutePath());
        profile = Files.createDirectories(TARGET.resolve("browser-profiles")
                .resolve("chromium-" + System.nanoTime()).toAbsolutePath());

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of(
                        "TMPDIR", tmp.toString(),
                        "XDG_CONFIG_HOME", Files.createDirectories(tmp.resolve("xdg")).toString(),
                        "XDG_CACHE_HOME", Files.createDirectories(tmp.resolve("xdg-cache")).toString()))
                .withLogFile(TARGET.resolve("tmp").resolve("chromedriver.log").toAbsolutePath().toFile())
                .build();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        // No "save password?" or "password found in a data breach" bubbles over the page.
        options.setExperimentalOption("prefs", Map.of(
                "credentials_enable_service", false,
                "profile.password_manager_enabled", false,
                "profile.password_manager_leak_detection", false));

        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(100));
    }

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        // A skip of the whole class in beforeAll would not show in Surefire's report: skip each test visibly.
        Assumptions.assumeTrue(unavailable == null, () -> unavailable);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(unavailable == null, () -> unavailable);
        driver.manage().deleteAllCookies();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (driver != null && context.getExecutionException().isPresent()) {
            saveEvidence(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * Where the application runs, and the {@code <title>} of its error page: landing on that page after a click
     * fails the test at once with the page's explanation, rather than later with a missing element.
     */
    public void connectTo(String baseUrl, String errorPageTitle) {
        this.baseUrl = baseUrl;
        this.errorPageTitle = errorPageTitle;
    }

    // ------------------------------------------------------------------------------------------------
    // Moving around
    // ------------------------------------------------------------------------------------------------

    /** Opens a path of the application ("/login") by typing it in the address bar. */
    public void open(String path) {
        driver.get(baseUrl + path);
        failOnErrorPage();
    }

    /** Clicks something that leaves the page (a link, a form's button) and waits for the next page to load. */
    public void clickToNavigate(By locator) {
        WebElement target = wait.until(ExpectedConditions.elementToBeClickable(locator));
        WebElement oldPage = driver.findElement(By.tagName("html"));
        target.click();
        wait.withMessage(() -> "the page did not change after clicking " + locator)
                .until(d -> isGone(oldPage));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        failOnErrorPage();
    }

    /**
     * Whether the element left the document. Chromium sometimes answers a query on a node of the page being replaced
     * with "Node with given id does not belong to the document" instead of a stale-element error: that is gone too.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

        /** The path and query of the current page ("/dossiers/12"), without the scheme, host and port. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    /** Waits until the current path (and query) matches the regular expression. */
    public String waitForPath(String regex) {
        try {
            wait.until(d -> path().matches(regex));
        } catch (TimeoutException e) {
            throw new AssertionError("expected to be on a page matching " + regex + " but am on " + path(), e);
        }
        return path();
    }

    // ------------------------------------------------------------------------------------------------
    // Reading the page
    // ------------------------------------------------------------------------------------------------

    /** The element, once it is present and visible. */
    public WebElement element(By locator) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            throw new AssertionError("no visible element " + locator + " on " + path() + " (" + driver.getTitle() + ")", e);
        }
    }

    public List<WebElement> elements(By locator) {
        return driver.findElements(locator);
    }

    public boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    public String text(By locator) {
        return element(locator).getText().strip();
    }

    /** Waits until the element's text, trimmed, is exactly the expected one. */
    public void waitForText(By locator, String expected) {
        waitForText(locator, expected::equals, "\"" + expected + "\"");
    }

    /** Waits until the element's text, trimmed, contains the expected part. */
    public void waitForTextContaining(By locator, String part) {
        waitForText(locator, t -> t.contains(part), "text containing \"" + part + "\"");
    }

    private void waitForText(By locator, Predicate<String> ok, String what) {
        try {
            wait.until(d -> d.findElements(locator).stream().anyMatch(e -> ok.test(e.getText().strip())));
        } catch (TimeoutException e) {
            List<String> found = new ArrayList<>();
            driver.findElements(locator).forEach(el -> found.add(el.getText().strip()));
            throw new AssertionError("expected " + what + " in " + locator + " on " + path() + " but found " + found, e);
        }
    }

    /** The value a form control holds now (what the user would send). */
    public String value(By locator) {
        return element(locator).getDomProperty("value");
    }

    public String title() {
        return driver.getTitle();
    }

    /** The value of a cookie the browser holds for the application (e.g. the session, to fetch a download). */
    public String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    // ------------------------------------------------------------------------------------------------
    // Filling in forms
    // ------------------------------------------------------------------------------------------------

    public void signIn(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        clickToNavigate(By.cssSelector("form[action='/login'] button[type='submit']"));
    }

    /** The logout button of the page header (a POST form). */
    public void signOut() {
        clickToNavigate(By.cssSelector("form[action='/logout'] button[type='submit']"));
    }

    /** Chooses a file for a file input: the bytes are written under target/tmp/uploads first. */
    public void chooseFile(By fileInput, String fileName, byte[] content) {
        try {
            Path file = Files.createDirectories(Path.of("target", "tmp", "uploads")).resolve(fileName);
            Files.write(file, content);
            element(fileInput).sendKeys(file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void type(By locator, String text) {
        WebElement field = element(locator);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Puts a day into an {@code <input type="date">}: what is typed into one depends on the browser's language, the
     * value it submits does not.
     */
    public void setDate(By locator, java.time.LocalDate day) {
        driver.executeScript("arguments[0].value = arguments[1]", element(locator), day.toString());
    }

    public void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    /** Ticks a checkbox or chooses a radio button (clicking it only if it is not selected yet). */
    public void check(By locator) {
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(locator));
        if (!box.isSelected()) {
            box.click();
        }
        wait.until(ExpectedConditions.elementToBeSelected(box));
    }

    /** Chooses the first option of a select whose visible text passes the test; returns that text. */
    public String choose(By select, Predicate<String> optionText) {
        Select dropdown = new Select(element(select));
        List<String> seen = new ArrayList<>();
        for (WebElement option : dropdown.getOptions()) {
            String text = option.getText().strip();
            seen.add(text);
            if (optionText.test(text)) {
                option.click();
                return text;
            }
        }
        throw new AssertionError("no suitable option in " + select + "; options are " + seen);
    }

    // ------------------------------------------------------------------------------------------------
    // Failures
    // ------------------------------------------------------------------------------------------------

    private void failOnErrorPage() {
        if (errorPageTitle != null && errorPageTitle.equals(driver.getTitle())) {
            String heading = driver.findElements(By.tagName("h1")).stream().map(WebElement::getText).findFirst().orElse("");
            String body = driver.findElements(By.cssSelector("main p")).stream().map(WebElement::getText)
                    .reduce((a, b) -> a + " | " + b).orElse("");
            throw new AssertionError("landed on the error page at " + path() + ": " + heading + " — " + body);
        }
    }

    /** Saves a screenshot and the page source of what the browser shows now, under target/browser-failures/. */
    public void saveEvidence(String name) {
        try {
            Path dir = Files.createDirectories(TARGET.resolve("browser-failures"));
            String stem = name + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(stem + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(stem + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
            System.err.println("Browser evidence saved: " + dir.resolve(stem).toAbsolutePath() + ".{png,html}");
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save browser evidence for " + name + ": " + e);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Screens and accessibility
    // ------------------------------------------------------------------------------------------------

    /** Shows pages as a phone of this CSS size would (a touch screen, twice the pixels), until {@link #asDesktop}. */
    public void asPhone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    }

    /**
     * Throttles the browser's network as a slow mobile link would: the round trip in milliseconds and the
     * throughput both ways in kilobits per second, until {@link #fullSpeed}.
     */
    public void slowNetwork(int roundTripMillis, int kilobitsPerSecond) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of(
                "offline", false, "latency", roundTripMillis,
                "downloadThroughput", kilobitsPerSecond * 1000 / 8, "uploadThroughput", kilobitsPerSecond * 1000 / 8));
    }

    /** The network at full speed again. */
    public void fullSpeed() {
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of(
                "offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Back to the desktop window the browser started with. */
    public void asDesktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The element that has the keyboard focus now. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses keys as a person at the keyboard would, on whatever has the focus. */
    public void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** Presses a key that leaves the page (Enter on a link or a form's button) and waits for the next page. */
    public void pressToNavigate(CharSequence key) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        press(key);
        wait.withMessage(() -> "the page did not change after pressing a key on " + describe(focused()))
                .until(d -> isGone(oldPage));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        failOnErrorPage();
    }

    /**
     * Presses Tab until the focus is on an element matching the CSS selector, as a keyboard user moves through the
     * page; fails if it is not reached within {@code maxPresses}. Gives the element.
     */
    public WebElement tabTo(String cssSelector, int maxPresses) {
        for (int i = 0; i < maxPresses; i++) {
            press(org.openqa.selenium.Keys.TAB);
            WebElement now = focused();
            if (Boolean.TRUE.equals(driver.executeScript("return arguments[0].matches(arguments[1])", now, cssSelector))) {
                return now;
            }
        }
        throw new AssertionError("Tab did not reach " + cssSelector + " within " + maxPresses + " presses on " + path()
                + "; the focus is on " + describe(focused()));
    }

    /**
     * Presses Tab until the focus is on the element the selector matches, and checks every stop on the way: it shows
     * where the focus is, and it comes after the stop before it in the page's order (nothing jumps back, as a positive
     * tabindex would make it).
     */
    public WebElement tabInOrderTo(String cssSelector, int maxPresses) {
        WebElement before = focused();
        for (int i = 0; i < maxPresses; i++) {
            press(org.openqa.selenium.Keys.TAB);
            WebElement now = focused();
            if (Boolean.TRUE.equals(driver.executeScript("return arguments[0] === document.body", now))) {
                // past the last stop, the focus leaves the page and comes back at its top
                before = now;
                continue;
            }
            boolean inOrder = Boolean.TRUE.equals(driver.executeScript("""
                    const a = arguments[0], b = arguments[1];
                    return a === document.body || a.contains(b) || !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
                    """, before, now));
            if (!inOrder) {
                throw new AssertionError("Tab went back from " + describe(before) + " to " + describe(now) + " on " + path());
            }
            if (!focusIsVisible()) {
                throw new AssertionError("the focus does not show on " + describe(now) + " at " + path());
            }
            if (Boolean.TRUE.equals(driver.executeScript("return arguments[0].matches(arguments[1])", now, cssSelector))) {
                return now;
            }
            before = now;
        }
        throw new AssertionError("Tab did not reach " + cssSelector + " within " + maxPresses + " presses on " + path()
                + "; the focus is on " + describe(focused()));
    }

    /** Whether the focused element shows where the focus is: an outline or a box shadow drawn around it. */
    public boolean focusIsVisible() {
        return Boolean.TRUE.equals(driver.executeScript("""
                const e = document.activeElement, s = getComputedStyle(e);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
                """));
    }

    private String describe(WebElement element) {
        return String.valueOf(driver.executeScript(
                "const e = arguments[0]; return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')"
                        + " + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '')", element));
    }

    /** Runs a script in the page and gives its result. */
    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    /**
     * Where each search form of the page (method GET, same origin) leads when sent as it stands: its action with the
     * fields' current values as the query ("/review?q=&status=SUBMITTED&districtId=").
     */
    public List<String> searchResults() {
        @SuppressWarnings("unchecked")
        List<String> results = (List<String>) driver.executeScript("""
                return Array.from(document.querySelectorAll('form'))
                    .filter(f => (f.getAttribute('method') || 'get').toLowerCase() === 'get')
                    .map(f => {
                        const u = new URL(f.getAttribute('action') || location.href, location.href);
                        const query = new URLSearchParams(new FormData(f)).toString();
                        return { origin: u.origin, path: u.pathname + (query ? '?' + query : '') };
                    })
                    .filter(r => r.origin === location.origin)
                    .map(r => r.path);
                """);
        return results;
    }

    /** The same-origin links of the page, as paths with their query ("/dossiers/12?tab=x"), without fragments. */
    public List<String> links() {
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) driver.executeScript("""
                return Array.from(document.querySelectorAll('a[href]'))
                    .map(a => new URL(a.href, location.href))
                    .filter(u => u.origin === location.origin)
                    .map(u => u.pathname + u.search);
                """);
        return hrefs;
    }

    /** The page shown is no wider than the screen, and axe-core finds nothing against WCAG 2.1 A and AA on it. */
    public void assertFitsTheScreenAndPassesAxe() {
        org.assertj.core.api.Assertions.assertThat(tooWide()).as(path() + " is no wider than the screen").isEmpty();
        org.assertj.core.api.Assertions.assertThat(accessibilityViolations()).as(path()).isEmpty();
    }

    /**
     * Empty when the page shown is no wider than the screen; otherwise how wide it is and the outermost elements (up
     * to five) that stick out. The screen is the layout viewport ({@code document.documentElement.clientWidth}): on an
     * emulated phone {@code window.innerWidth} grows with a page that is too wide, as the browser zooms out to show
     * all of it, and would always equal the page's width.
     */
    public List<String> tooWide() {
        @SuppressWarnings("unchecked")
        List<Object> measured = (List<Object>) driver.executeScript("""
                const screenWidth = document.documentElement.clientWidth;
                const pageWidth = document.documentElement.scrollWidth;
                const out = e => e.getBoundingClientRect().right > screenWidth + 1;
                const elements = pageWidth <= screenWidth ? [] : Array.from(document.querySelectorAll('body *'))
                    .filter(out).filter(e => !(e.parentElement && out(e.parentElement))).slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                              + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
                              + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');
                return [pageWidth, screenWidth, elements];
                """);
        long pageWidth = ((Number) measured.get(0)).longValue();
        long screenWidth = ((Number) measured.get(1)).longValue();
        return pageWidth <= screenWidth ? List.of()
                : List.of(pageWidth + " px wide on a " + screenWidth + " px screen; too wide: " + measured.get(2));
    }

    /**
     * What axe-core finds against WCAG 2.1 A and AA on the page as it is shown now: one line per rule broken,
     * with the elements that break it; empty when nothing does. Run in the page itself (axe-core's "legacy" mode):
     * the pages have no frames, so the default mode's blank window, opened on every run only to merge the results
     * of each frame, would add time and find nothing more.
     */
    public List<String> accessibilityViolations() {
        var results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .setLegacyMode(true)
                .analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not run on " + path() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getHelp() + "): " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).limit(5).toList())
                .toList();
    }

    /** Why there can be no browser here (null when there can); fails at once when {@code CI=true}. */
    private static String missingChromium() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM.toString());
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add(CHROMEDRIVER.toString());
        }
        if (missing.isEmpty()) {
            return null;
        }
        String message = "Browser tests need Debian's Chromium and ChromeDriver (apt-get install -y chromium chromium-driver); missing: "
                + String.join(", ", missing);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message + ". CI=true, so this fails instead of being skipped.");
        }
        return message;
    }
}
