package org.flaskapp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** What the browser tests leave for a reviewer under target/browser-evidence/. */
public final class Evidence {

    static final Path FOLDER = Path.of(System.getProperty("browser.evidence", "target/browser-evidence"));

    private Evidence() {
    }

    /** The folder of this leg's evidence (target/browser-evidence/SERVER). */
    public static Path folder() {
        return FOLDER;
    }

    /** Saves the page source and, where the browser can take one, a screenshot. */
    public static void saveFailure(WebDriver driver, String name) {
        write("failures/" + name + ".html", driver.getPageSource());
        screenshot(driver, "failures/" + name + ".png");
    }

    /** The tallest screenshot taken: a page with a very long text would take a long time. */
    private static final int MAX_SCREENSHOT_HEIGHT = 6000;

    /** Saves a screenshot of the whole page, up to a height, not just the visible part (Chromium only). */
    public static void saveFullPage(WebDriver driver, String name) {
        if (!(driver instanceof TakesScreenshot)) {
            return;
        }
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight;");
        int fullHeight = Math.min(MAX_SCREENSHOT_HEIGHT, height.intValue() + 150);
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.max(window.getHeight(), fullHeight)));
        try {
            screenshot(driver, "pages/" + name + ".png");
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    public static void write(String name, String text) {
        try {
            Path file = FOLDER.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void screenshot(WebDriver driver, String name) {
        if (!(driver instanceof TakesScreenshot camera)) {
            return;
        }
        try {
            Path file = FOLDER.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, camera.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
