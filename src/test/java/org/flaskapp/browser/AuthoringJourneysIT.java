package org.flaskapp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.Axe;
import org.flaskapp.testing.BrowserSignIn;
import org.flaskapp.testing.BrowserExtension;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.Navigation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Authors and administrators at work in a real browser, every page they see checked by axe. */
@ExtendWith(BrowserExtension.class)
class AuthoringJourneysIT extends DeployedSite {

    @Test
    void anAdministratorWritesAPostWithANewCategoryAndTwoTagsThenEditsAndDeletesIt(WebDriver browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String title = "Written in a browser " + suffix;
        String category = "Browser category " + suffix;
        String categorySlug = "browser-category-" + suffix;
        String firstTag = "first-" + suffix;
        String secondTag = "second-" + suffix;
        signIn(browser, "admin", Accounts.adminPassword());

        Navigation.clickAndWaitForNewPage(browser, By.linkText("Write a post"));
        Axe.assertNoViolations(browser, "post-new");
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("content")).sendKeys("A post with **bold** words.");
        browser.findElement(By.id("new-category")).sendKeys(category);
        browser.findElement(By.id("tags")).sendKeys(firstTag + ", " + secondTag);
        Navigation.clickAndWaitForNewPage(browser, By.id("save"));

        assertEquals(title, heading(browser));
        assertEquals("Published.", browser.findElement(By.cssSelector(".notice")).getText());
        assertEquals("bold", browser.findElement(By.cssSelector(".post-content strong")).getText());
        assertEquals(List.of(firstTag, secondTag), texts(browser, ".tags a"));
        Axe.assertNoViolations(browser, "post");
        String postPath = path(browser);

        Navigation.clickAndWaitForNewPage(browser, By.linkText("Posts"));
        assertEquals(title, browser.findElement(By.cssSelector("article.post .title a")).getText());
        Navigation.clickAndWaitForNewPage(browser, By.linkText(category));
        assertEquals("Category: " + category, heading(browser));
        assertEquals(List.of(title), texts(browser, "article.post .title a"));
        Navigation.clickAndWaitForNewPage(browser, By.linkText("Categories"));
        assertTrue(browser.findElement(By.cssSelector("ul.categories")).getText().contains(category + " (1 post)"));
        browser.get(base + postPath.substring(base.getPath().length()));
        Navigation.clickAndWaitForNewPage(browser, By.linkText(secondTag));
        assertEquals("Tag: " + secondTag, heading(browser));
        assertEquals(List.of(title), texts(browser, "article.post .title a"));

        browser.get(base + postPath.substring(base.getPath().length()));
        Navigation.clickAndWaitForNewPage(browser, By.linkText("Edit"));
        Axe.assertNoViolations(browser, "post-edit");
        WebElement titleField = browser.findElement(By.id("title"));
        titleField.clear();
        titleField.sendKeys(title + " (edited)");
        Navigation.clickAndWaitForNewPage(browser, By.id("save"));
        assertEquals(title + " (edited)", heading(browser));
        assertEquals(postPath, path(browser));

        Navigation.clickAndWaitForNewPage(browser, By.linkText("Delete"));
        Axe.assertNoViolations(browser, "post-delete");
        Navigation.clickAndWaitForNewPage(browser, By.id("delete"));
        assertEquals(base.getPath() + "posts/", path(browser));
        assertEquals("Deleted the post.", browser.findElement(By.cssSelector(".notice")).getText());
        assertFalse(browser.getPageSource().contains(title));
        browser.get(base + postPath.substring(base.getPath().length()));
        assertEquals("Page Not Found", heading(browser));

        browser.get(base + "posts/categories/" + categorySlug + "/");
        Navigation.clickAndWaitForNewPage(browser, By.id("delete-category"));
        Navigation.clickAndWaitForNewPage(browser, By.id("sign-out"));
        assertEquals(base.getPath(), path(browser));
        assertTrue(browser.findElements(By.cssSelector("nav.account-nav")).isEmpty(), "signed out");
        assertTrue(browser.manage().getCookies().isEmpty(), "no cookie left: " + browser.manage().getCookies());
    }

    @Test
    void anAuthorCannotEditSomeoneElsesPost(WebDriver browser) {
        String author = Accounts.newAuthor(Accounts.admin(base));
        signIn(browser, author, Accounts.AUTHOR_PASSWORD);

        browser.get(base + "posts/edit/1/");

        assertEquals("Not Allowed", heading(browser));
        browser.get(base + "posts/1/");
        assertTrue(browser.findElements(By.linkText("Edit")).isEmpty());
        Axe.assertNoViolations(browser, "forbidden");
    }

    @Test
    void aVisitorWhoOpensTheNewPostPageIsSentToSignInAndThenBack(WebDriver browser) {
        browser.get(base + "posts/");
        browser.get(base + "posts/new/");

        assertEquals(base.getPath() + "login/", path(browser));
        assertTrue(browser.manage().getCookies().isEmpty(), "a visitor has no cookie");
        Axe.assertNoViolations(browser, "login");
        BrowserSignIn.fillIn(browser, "admin", Accounts.adminPassword());
        assertEquals(base.getPath() + "posts/new/", path(browser));
        assertEquals("Write a post", heading(browser));
    }

    @Test
    void theAdministratorAddsAnAuthorWhoChoosesTheirOwnPasswordThenMakesAndRevokesAnApiToken(WebDriver browser) {
        String author = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        signIn(browser, "admin", Accounts.adminPassword());
        Navigation.clickAndWaitForNewPage(browser, By.linkText("Authors"));
        browser.findElement(By.id("new-name")).sendKeys(author);
        browser.findElement(By.id("new-password")).sendKeys("initial password!");
        Navigation.clickAndWaitForNewPage(browser, By.id("add-author"));
        assertTrue(browser.findElement(By.id("account-" + author)).getText().contains("must change password"));
        Axe.assertNoViolations(browser, "admin-authors");
        Navigation.clickAndWaitForNewPage(browser, By.id("sign-out"));

        signIn(browser, author, "initial password!");
        assertEquals(base.getPath() + "account/password/", path(browser));
        Axe.assertNoViolations(browser, "password-change");
        browser.findElement(By.id("current-password")).sendKeys("initial password!");
        browser.findElement(By.id("new-password")).sendKeys(Accounts.AUTHOR_PASSWORD);
        browser.findElement(By.id("repeated-password")).sendKeys(Accounts.AUTHOR_PASSWORD);
        Navigation.clickAndWaitForNewPage(browser, By.id("change-password"));

        assertEquals(base.getPath() + "posts/", path(browser));
        assertEquals("Signed in as " + author, browser.findElement(By.cssSelector(".signed-in-as")).getText());

        Navigation.clickAndWaitForNewPage(browser, By.linkText("API tokens"));
        browser.findElement(By.id("token-name")).sendKeys("my editor");
        Navigation.clickAndWaitForNewPage(browser, By.id("create-token"));
        assertTrue(browser.findElement(By.id("new-token")).getText().startsWith("fa_"), "the new token is shown");
        Axe.assertNoViolations(browser, "api-tokens");
        Navigation.clickAndWaitForNewPage(browser, By.cssSelector("#my-tokens input[type=submit]"));
        assertTrue(browser.findElements(By.id("my-tokens")).isEmpty(), "revoked, it is gone from the list");
        assertTrue(browser.findElements(By.id("new-token")).isEmpty(), "and the secret is not shown again");
    }

    private void signIn(WebDriver browser, String name, String password) {
        BrowserSignIn.signIn(browser, base, name, password);
    }

    private static List<String> texts(WebDriver browser, String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static String heading(WebDriver browser) {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static String path(WebDriver browser) {
        return URI.create(browser.getCurrentUrl()).getPath();
    }
}
