package org.flaskapp.testing;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;

/**
 * Gives a test class one browser (a {@link WebDriver} parameter), starts each test with no
 * cookies, fails a test during which the browser blocked anything under the site's
 * Content-Security-Policy, saves a screenshot and the page source of any test that fails, and
 * closes the browser after the class.
 */
public final class BrowserExtension implements ParameterResolver, BeforeEachCallback, AfterTestExecutionCallback,
        AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser(context).manage().deleteAllCookies();
        BrowserConsole.policyViolations(browser(context)); // what an earlier test left there
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            List<String> violations = BrowserConsole.policyViolations(browser(context));
            if (!violations.isEmpty()) {
                Evidence.saveFailure(browser(context), name(context));
                throw new AssertionError("blocked by the Content-Security-Policy:\n" + String.join("\n", violations));
            }
        }
        if (context.getExecutionException().isPresent()) {
            Evidence.saveFailure(browser(context), name(context));
        }
    }

    private static String name(ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName()
                .replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        WebDriver driver = classStore(context).remove(WebDriver.class, WebDriver.class);
        if (driver != null) {
            driver.quit();
        }
    }

    private static WebDriver browser(ExtensionContext context) {
        return classStore(context).getOrComputeIfAbsent(WebDriver.class, type -> Browsers.open(), WebDriver.class);
    }

    /**
     * The store of the test class: a parameterized test's invocation sits under its method's
     * context, not under the class's, and a browser kept there was never closed (one Chromium left
     * running per parameterized test method, found after a day of runs).
     */
    private static ExtensionContext.Store classStore(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        return classContext.getStore(NAMESPACE);
    }
}
