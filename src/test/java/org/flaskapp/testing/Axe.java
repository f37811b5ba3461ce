package org.flaskapp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from the npm registry; the build installs it under target/npm) inside the page
 * that the browser shows, with the rules of WCAG 2.1 levels A and AA.
 */
public final class Axe {

    static final Path SCRIPT = Path.of(System.getProperty("axe.script",
            "target/npm/node_modules/axe-core/axe.min.js"));

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
               .then(result => done(result.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary).join('\\n      ')}))))
               .catch(error => done([{id: 'axe-error', impact: 'error', help: String(error), nodes: ''}]));
            """;

    private static String source;

    private Axe() {
    }

    /**
     * Fails when the page in {@code browser} breaks a WCAG 2.1 A or AA rule; saves a full-page
     * screenshot named {@code name} as evidence either way.
     */
    public static void assertNoViolations(WebDriver browser, String name) {
        List<String> violations = violations(browser);
        Evidence.saveFullPage(browser, name);
        assertNone(violations, name);
    }

    /** As {@link #assertNoViolations}, with a picture of the page only when it fails. */
    public static void assertNoViolationsQuietly(WebDriver browser, String name) {
        List<String> violations = violations(browser);
        if (!violations.isEmpty()) {
            Evidence.saveFailure(browser, name);
        }
        assertNone(violations, name);
    }

    private static void assertNone(List<String> violations, String name) {
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), violations, name + ": " + String.join("\n", violations));
    }

    /** The violations on the current page, one readable paragraph each; empty when it passes. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(script());
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript(RUN);
        return found.stream()
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + "\n      " + v.get("nodes"))
                .collect(Collectors.toList());
    }

    private static synchronized String script() {
        if (source == null) {
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing at " + SCRIPT + "; the build installs it with npm", e);
            }
        }
        return source;
    }
}
