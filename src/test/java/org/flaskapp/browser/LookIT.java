package org.flaskapp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.Axe;
import org.flaskapp.testing.BrowserExtension;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.BrowserSignIn;
import org.flaskapp.testing.Screens;
import org.flaskapp.testing.Screens.Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The site's look on every screen: no page needs sideways scrolling on the smallest phone (320
 * CSS pixels), and every page passes axe-core on a phone in light and dark mode and on a desktop in
 * dark mode (AccessibilityIT checks the desktop in light mode, and a few more pages). Also makes the pictures of the site that README shows: with
 * {@code -Dpictures.folder=docs/pictures} they are written there (docs/look.md).
 */
@ExtendWith(BrowserExtension.class)
class LookIT extends DeployedSite {

    private static final List<String> SIGNED_IN_PAGES = List.of("posts/new/", "posts/edit/1/", "posts/delete/1/",
            "account/tokens/", "account/password/", "admin/authors/", "admin/questions/", "admin/messages/",
            "questions/1/", "posts/categories/");

    private static final List<Screen> AXE_SCREENS = List.of(new Screen(Screens.PHONE, Scheme.LIGHT),
            new Screen(Screens.PHONE, Scheme.DARK), new Screen(Screens.DESKTOP, Scheme.DARK));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "home,               ''",
            "posts,              posts/",
            "post,               posts/1/",
            "categories,         posts/categories/",
            "category,           posts/categories/general/",
            "questions,          questions/",
            "question,           questions/1/",
            "search-results,     search/?q=content",
            "sign-in,            login/",
            "about,              about/",
            "contact,            contact/",
            "not-found,          no/such/page/",
    })
    void aVisitorsPageFitsTheSmallestPhoneAndPassesAxeOnEveryScreen(String name, String path, WebDriver browser) {
        assertFitsTheSmallestPhoneAndPassesAxeOnEveryScreen(browser, path, name);
    }

    @Test
    void anAdministratorsPagesFitTheSmallestPhoneAndPassAxeOnEveryScreen(WebDriver browser) {
        BrowserSignIn.signIn(browser, base, "admin", Accounts.adminPassword());

        for (String path : SIGNED_IN_PAGES) {
            assertFitsTheSmallestPhoneAndPassesAxeOnEveryScreen(browser, path, "signed-in " + path.replace('/', '-'));
        }
    }

    @Test
    void picturesOfTheSiteAtDesktopAndPhoneWidthInLightAndDark(WebDriver browser) throws IOException {
        Path folder = Path.of(System.getProperty("pictures.folder",
                System.getProperty("browser.evidence", "target/browser-evidence") + "/pictures"));
        Files.createDirectories(folder);
        for (Scheme scheme : Scheme.values()) {
            String suffix = scheme.name().toLowerCase();
            picture(browser, "posts/?sort=oldest", Screens.DESKTOP, 900, scheme, folder.resolve("posts-desktop-" + suffix + ".png"));
            picture(browser, "questions/1/", Screens.PHONE, 760, scheme, folder.resolve("question-phone-" + suffix + ".png"));
        }
    }

    private void assertFitsTheSmallestPhoneAndPassesAxeOnEveryScreen(WebDriver browser, String path, String name) {
        Screens.emulate(browser, Screens.SMALLEST_PHONE, Scheme.LIGHT);
        browser.get(base + path);
        assertEquals(0, Screens.sidewaysOverflow(browser),
                () -> name + " is wider than " + Screens.SMALLEST_PHONE + " px: " + Screens.widestElements(browser));

        // Emulation lays the loaded page out again: no second request is needed. (AccessibilityIT
        // keeps a full-page picture of every page; here one is kept only for a failure.)
        for (Screen screen : AXE_SCREENS) {
            Screens.emulate(browser, screen.width(), screen.scheme());
            Axe.assertNoViolationsQuietly(browser, name + "-" + screen);
        }
    }

    private record Screen(int width, Scheme scheme) {
        @Override
        public String toString() {
            return width + "-" + scheme.name().toLowerCase();
        }
    }

    private void picture(WebDriver browser, String path, int width, int height, Scheme scheme, Path file)
            throws IOException {
        Screens.emulate(browser, width, height, scheme);
        browser.get(base + path);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(file, png);
        assertTrue(png.length > 10_000, file + " is " + png.length + " bytes: an empty page?");
    }

}
