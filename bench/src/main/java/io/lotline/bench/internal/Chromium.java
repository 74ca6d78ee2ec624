package io.lotline.bench.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through chromedriver, as a quality engineer's desk browser: a 1280 × 1000 window, English,
 * a fresh profile per run. Waits are bounded by {@link #PATIENCE}; a page that takes longer counts as not answered.
 */
final class Chromium implements AutoCloseable {
    /** How long a step may take before it counts as failed: a bound on waiting, never a measured time. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static boolean installed(Path chromium, Path chromedriver) {
        return Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
    }

    static Chromium start(Path chromium, Path chromedriver) {
        if (!installed(chromium, chromedriver)) {
            throw new IllegalStateException("The screens are measured in " + chromium + " driven by " + chromedriver
                    + "; install them (apt-get install chromium chromium-driver) or name them with --chromium and "
                    + "--chromedriver");
        }
        try {
            Path profile = Files.createTempDirectory("lotline-bench-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile, "--lang=en-GB");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(1280, 1000));
            return new Chromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in with the login form, as a user types it. */
    void signIn(String base, String username, String password) {
        driver.get(base + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("password")).submit();
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Opens the address and returns once the page has loaded (its scripts may still be at work). */
    void open(String url) {
        driver.get(url);
    }

    /** What a script run in the page answers (a whole number comes back as a {@code Long}). */
    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The script's first answer other than null, asked again until then; null when patience ran out. */
    Object await(String script, Object... arguments) {
        try {
            return new WebDriverWait(driver, PATIENCE).ignoring(WebDriverException.class)
                    .until(page -> script(script, arguments));
        } catch (TimeoutException tooLong) {
            return null;
        }
    }

    /** Forgets every cached file, so that the next page fetches all it needs as on a first visit. */
    void clearCache() {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    /** A mouse click at a point of the window (CSS pixels from its top left corner). */
    void clickAt(int x, int y) {
        new Actions(driver).moveToLocation(x, y).click().perform();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
