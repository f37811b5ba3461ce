package org.flaskapp.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The form on /questions/ as a person uses it in a browser. */
public final class QuestionFormInBrowser {

    private QuestionFormInBrowser() {
    }

    /** Types a question and its answer into the form that the browser shows, and submits it. */
    public static void fillInAndSubmit(WebDriver browser, String question, String answer) {
        browser.findElement(By.id("content")).sendKeys(question);
        browser.findElement(By.id("answer")).sendKeys(answer);
        Navigation.clickAndWaitForNewPage(browser, By.id("submit"));
    }
}
