package org.flaskapp.testing;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/** Page changes that a test must wait for: a click returns before the browser has the new page. */
public final class Navigation {

    private static final Duration PAGE_CHANGE = Duration.ofSeconds(15);

    private Navigation() {
    }

    /**
     * Clicks {@code target} and waits until the browser has left the page it was on and has loaded
     * the new one: a page still loading (after a form's redirect, say) can have its elements
     * replaced under a test's hands.
     */
    public static void clickAndWaitForNewPage(WebDriver browser, By target) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        long deadline = System.nanoTime() + PAGE_CHANGE.toNanos();
        boolean left = false;
        while (System.nanoTime() < deadline) {
            if (!left) {
                left = isGone(oldPage);
            }
            if (left && loaded(browser)) {
                return;
            }
            pause();
        }
        throw new AssertionError((left ? "the new page did not load " : "still on the same page ")
                + PAGE_CHANGE.toSeconds() + " s after clicking " + target);
    }

    /**
     * Whether the page that {@code element} belongs to has been replaced. While it replaces a
     * document after a form's redirect, Chromium may say so with an inspector error instead of a
     * stale element (a known ChromeDriver behaviour), so that counts too.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException replacing) {
            if (String.valueOf(replacing.getMessage()).contains("given id")) { // "... does not belong to the document"
                return true;
            }
            throw replacing;
        }
    }

    /** Whether the browser shows a page that has loaded, and whose root element it can reach. */
    private static boolean loaded(WebDriver browser) {
        try {
            return "complete".equals(((JavascriptExecutor) browser).executeScript("return document.readyState;"))
                    && !isGone(browser.findElement(By.tagName("html")));
        } catch (WebDriverException betweenTwoDocuments) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
