package io.lotline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driving the pages of the application under test. Where Chromium is not installed the
 * browser tests are skipped on a developer's machine, but fail on CI ({@code CI=true}), where {@code .ci/run}
 * installs it. Screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("LOTLINE_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("LOTLINE_CHROMEDRIVER",
            "/usr/bin/chromedriver"));
    /** How long a page may take to answer before a step fails: a bound on waiting, not a measured time. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;
    private String base;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium, or skips the test (fails it on CI) when it is not installed. */
    public static Browser start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("The browser tests need " + CHROMIUM + " and " + DRIVER
                    + " (apt-get install chromium chromium-driver); on CI they must run, not skip");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed: " + CHROMIUM + ", " + DRIVER);
        try {
            Path profile = Files.createTempDirectory("lotline-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile, "--lang=en-GB");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the browser refused to load or run because of the Content-Security-Policy since the last call. */
    public List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    public Browser at(int port) {
        this.base = "http://localhost:" + port;
        return this;
    }

    /** An office screen. */
    public Browser desk() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        return this;
    }

    /** A handheld: 360 CSS pixels wide. */
    public Browser handheld() {
        driver.manage().window().setSize(new Dimension(390, 844));
        return this;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs out whoever was signed in and signs in as this user. */
    public Browser signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        type("#username", username);
        type("#password", password);
        find("#password").submit();
        patiently().until(ExpectedConditions.not(ExpectedConditions.urlToBe(base + "/login")));
        return this;
    }

    /**
     * A wait that keeps polling through the moment a page is being replaced: Chromium then answers for an element of
     * the old page with a stale reference or an "unhandled inspector error".
     */
    private FluentWait<WebDriver> patiently() {
        return new WebDriverWait(driver, PATIENCE).ignoring(WebDriverException.class);
    }

    public WebElement find(String css) {
        return patiently()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** What a keyboard-wedge scanner does: types into the field that has the focus, then Enter. */
    /**
     * Types as a keyboard-wedge scanner does, into whatever field has the focus; waits for a field to have it first,
     * as the browser applies {@code autofocus} after the page has loaded, not with it.
     */
    public Browser scan(String text) {
        patiently().until(d -> {
            WebElement active = d.switchTo().activeElement();
            return active != null && "input".equals(active.getTagName()) ? active : null;
        }).sendKeys(text + "\n");
        return this;
    }

    public Browser click(String css) {
        patiently().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        return this;
    }

    /** The id of the element that has the keyboard focus. */
    public String focused() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    /**
     * The id of the element that has the keyboard focus once it is the expected one, or when patience runs out: a
     * page's script moves the focus a moment after the page is shown.
     */
    public String focusedOn(String expected) {
        try {
            patiently().until(page -> expected.equals(focused()));
        } catch (TimeoutException elsewhere) {
            // the assertion on what is returned says where the focus is instead
        }
        return focused();
    }

    public Browser waitForText(String css, String text) {
        patiently().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(css), text));
        return this;
    }

    public Browser waitUntilGone(String css) {
        patiently().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
        return this;
    }

    /** Scrolls the element to the top of the window, as a reader would before a screenshot. */
    public Browser scrollTo(String css) {
        driver.executeScript("arguments[0].scrollIntoView(true);", find(css));
        return this;
    }

    /** What a script run in the page answers (a number comes back as a {@code Long}). */
    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Presses keys as a keyboard user does, on whatever has the focus. */
    public Browser press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Turns the mouse wheel over the middle of the element by {@code deltaY} pixels (negative: away from the user). */
    public Browser wheel(String css, int deltaY) {
        new Actions(driver).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(find(css)), 0, deltaY).perform();
        return this;
    }

    /** Waits until the element's attribute no longer has the value it had, as a page's script changes it a frame later. */
    public String waitForAttributeOtherThan(String css, String attribute, String before) {
        return patiently().until(page -> {
            String value = page.findElement(By.cssSelector(css)).getAttribute(attribute);
            return value == null || value.equals(before) ? null : value;
        });
    }

    /** Waits until the element carries the attribute, as a page's script sets it when done, and gives its value. */
    public String waitForAttribute(String css, String attribute) {
        return patiently().until(page -> {
            String value = page.findElement(By.cssSelector(css)).getAttribute(attribute);
            return value == null || value.isEmpty() ? null : value;
        });
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Keeps what the screen shows as {@code target/screenshots/<name>.png}. */
    public Browser screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
