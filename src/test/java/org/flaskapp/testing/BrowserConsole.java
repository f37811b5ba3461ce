package org.flaskapp.testing;

import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What the browser wrote to its console: Chromium reports there every script, style or frame that
 * the site's Content-Security-Policy blocked. HtmlUnit has no such console, so there is nothing
 * to read.
 */
public final class BrowserConsole {

    private BrowserConsole() {
    }

    /** The console messages since the last call that tell of a blocked resource; each is read once. */
    public static List<String> policyViolations(WebDriver browser) {
        if (!(browser instanceof ChromeDriver)) {
            return List.of();
        }
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }
}
