package org.flaskapp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.Axe;
import org.flaskapp.testing.BrowserExtension;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.Navigation;
import org.flaskapp.testing.QuestionFormInBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Visitors ask, answer and write to the site; an administrator moderates and reads, in a real browser. */
@ExtendWith(BrowserExtension.class)
class QuestionJourneysIT extends DeployedSite {

    @Test
    void aVisitorAsksAndAnswersThenAnAdministratorAcceptsHidesAndRestoresTheAnswer(WebDriver browser) {
        String question = "Asked in a browser " + UUID.randomUUID();
        String answer = "Answered in a browser " + UUID.randomUUID();
        browser.get(base + "questions/");
        QuestionFormInBrowser.fillInAndSubmit(browser, question, "");
        Navigation.clickAndWaitForNewPage(browser, By.linkText(question));
        String questionPath = path(browser);
        Axe.assertNoViolations(browser, "question");
        browser.findElement(By.id("content")).sendKeys(answer);
        Navigation.clickAndWaitForNewPage(browser, By.id("submit-answer"));
        assertEquals(questionPath, path(browser));
        assertEquals(List.of(answer), answers(browser));
        assertTrue(browser.manage().getCookies().isEmpty(), "the visitor has no cookie");

        signIn(browser);
        browser.get(base + questionPath.substring(base.getPath().length()));
        WebElement answerBox = browser.findElement(By.cssSelector(".answer"));
        Navigation.clickAndWaitForNewPage(browser, By.id(answerBox.findElement(By.cssSelector("input[value=Accept]")).getAttribute("id")));
        assertEquals("Accepted answer", browser.findElement(By.cssSelector(".accepted-mark")).getText());
        Axe.assertNoViolations(browser, "question-moderated");
        clickInFirstAnswer(browser, "Hide");
        assertEquals("Hid the answer.", browser.findElement(By.cssSelector(".notice")).getText());
        assertVisitorSees(browser, questionPath, List.of());
        clickInFirstAnswer(browser, "Restore");
        assertVisitorSees(browser, questionPath, List.of(answer));
    }

    @Test
    void aVisitorWritesToTheSiteAndTheAdministratorReadsIt(WebDriver browser) {
        String message = "Written in a browser " + UUID.randomUUID();
        browser.get(base.toString());
        Navigation.clickAndWaitForNewPage(browser, By.linkText("Contact"));
        Axe.assertNoViolations(browser, "contact");
        browser.findElement(By.id("name")).sendKeys("Grace");
        browser.findElement(By.id("email")).sendKeys("grace@example.org");
        browser.findElement(By.id("message")).sendKeys(message);
        Navigation.clickAndWaitForNewPage(browser, By.id("send"));
        assertEquals("Message sent", heading(browser));
        Axe.assertNoViolations(browser, "contact-sent");

        signIn(browser);
        Navigation.clickAndWaitForNewPage(browser, By.linkText("Messages"));
        assertEquals(message, browser.findElement(By.cssSelector(".contact-message .question-text")).getText());
        Axe.assertNoViolations(browser, "admin-messages");
        Navigation.clickAndWaitForNewPage(browser, By.linkText("Moderation"));
        Axe.assertNoViolations(browser, "admin-questions");
        Navigation.clickAndWaitForNewPage(browser, By.linkText("About"));
        assertFalse(browser.findElements(By.linkText("Edit this page")).isEmpty());
        Axe.assertNoViolations(browser, "about");
    }

    /** What a visitor (the same browser, signed out for a moment in a fresh window state) sees. */
    private void assertVisitorSees(WebDriver browser, String questionPath, List<String> expected) {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        browser.manage().deleteAllCookies();
        browser.get(base + questionPath.substring(base.getPath().length()));
        assertEquals(expected, answers(browser));
        browser.manage().addCookie(new org.openqa.selenium.Cookie("JSESSIONID", session, base.getPath()));
        browser.get(base + questionPath.substring(base.getPath().length()));
    }

    private static void clickInFirstAnswer(WebDriver browser, String button) {
        WebElement answerBox = browser.findElement(By.cssSelector(".answer"));
        String id = answerBox.findElement(By.cssSelector("input[value=" + button + "]")).getAttribute("id");
        Navigation.clickAndWaitForNewPage(browser, By.id(id));
    }

    private void signIn(WebDriver browser) {
        browser.get(base + "login/");
        browser.findElement(By.id("name")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(Accounts.adminPassword());
        Navigation.clickAndWaitForNewPage(browser, By.id("sign-in"));
    }

    private static List<String> answers(WebDriver browser) {
        return browser.findElements(By.cssSelector(".answer .question-text")).stream().map(WebElement::getText).toList();
    }

    private static String heading(WebDriver browser) {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static String path(WebDriver browser) {
        return URI.create(browser.getCurrentUrl()).getPath();
    }
}
