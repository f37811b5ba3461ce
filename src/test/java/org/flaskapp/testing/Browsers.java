package org.flaskapp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.htmlunit.BrowserVersion;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the browser that the tests drive: Debian's headless Chromium with its own ChromeDriver
 * where both are installed, otherwise HtmlUnit behind the same WebDriver API. Nothing is ever
 * downloaded. The environment variable {@code BROWSER_REQUIRED=chromium} (CI sets it) turns the
 * fallback into a failure, so a missing Chromium cannot pass unnoticed.
 */
public final class Browsers {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private static boolean announced;

    private Browsers() {
    }

    private static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static WebDriver open() {
        boolean chromium = chromiumInstalled();
        if (!chromium) {
            failIfChromiumIsRequired();
        }
        announce(chromium);
        WebDriver driver = chromium ? chromium() : htmlUnit();
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** For a test that needs Chromium itself (no HtmlUnit in its place): skipped without it, or failed in CI. */
    public static void assumeChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            failIfChromiumIsRequired();
            Assumptions.abort(CHROMIUM + " is not installed");
        }
    }

    private static void failIfChromiumIsRequired() {
        if ("chromium".equalsIgnoreCase(System.getenv("BROWSER_REQUIRED"))) {
            throw new IllegalStateException("BROWSER_REQUIRED=chromium, but " + CHROMIUM + " or "
                    + CHROMEDRIVER + " is missing: install the Debian packages chromium and chromium-driver");
        }
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + freshProfile());
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL); // for BrowserConsole
        options.setCapability(ChromeOptions.LOGGING_PREFS, console);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static WebDriver htmlUnit() {
        HtmlUnitDriver driver = new HtmlUnitDriver(BrowserVersion.BEST_SUPPORTED, true);
        driver.getWebClient().getOptions().setCssEnabled(true);
        return driver;
    }

    private static String freshProfile() {
        try {
            return Files.createTempDirectory("flaskapp-chromium-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void announce(boolean chromium) {
        if (announced) {
            return;
        }
        announced = true;
        String line = chromium
                ? "BROWSER TESTS RUN IN CHROMIUM (" + CHROMIUM + ", headless)"
                : "BROWSER TESTS RUN IN HTMLUNIT: Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                        + "); install the Debian packages chromium and chromium-driver to test in a real browser";
        String bar = "=".repeat(Math.min(line.length(), 100));
        System.out.println(bar + "\n" + line + "\n" + bar);
        Evidence.write("browser.txt", (chromium ? "Chromium" : "HtmlUnit") + "\n");
    }
}
