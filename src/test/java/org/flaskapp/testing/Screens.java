package org.flaskapp.testing;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * Shows pages in Chromium as a given screen would (its width in CSS pixels, a phone or a desktop)
 * and in the colour scheme a system asks for, through the DevTools protocol: what a phone really
 * lays out, which a window of that size does not (the headless window has a minimum width).
 */
public final class Screens {

    public static final int SMALLEST_PHONE = 320;
    public static final int PHONE = 375;
    public static final int DESKTOP = 1280;

    private Screens() {
    }

    public enum Scheme { LIGHT, DARK }

    /** From now on, pages in {@code browser} are laid out {@code width} pixels wide, in {@code scheme}. */
    public static void emulate(WebDriver browser, int width, int height, Scheme scheme) {
        ChromiumDriver chromium = chromium(browser);
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 800));
        chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme.name().toLowerCase()))));
    }

    public static void emulate(WebDriver browser, int width, Scheme scheme) {
        emulate(browser, width, 800, scheme);
    }

    /** How many pixels the page is wider than the screen: what a reader would have to scroll sideways. */
    public static long sidewaysOverflow(WebDriver browser) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
    }

    /** The elements that reach past the right edge, for a failure message. */
    public static String widestElements(WebDriver browser) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 0.5)
                    .slice(0, 8)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                              + ' right=' + Math.round(e.getBoundingClientRect().right))
                    .join('; ');
                """));
    }

    private static ChromiumDriver chromium(WebDriver browser) {
        Assumptions.assumeTrue(browser instanceof ChromiumDriver, "screens are emulated in Chromium only");
        return (ChromiumDriver) browser;
    }
}
