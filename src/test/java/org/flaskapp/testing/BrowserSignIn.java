package org.flaskapp.testing;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Signing in through the sign-in page, as a person does in the browser. */
public final class BrowserSignIn {

    private BrowserSignIn() {
    }

    /** Opens the sign-in page of the site at {@code base} and signs in. */
    public static void signIn(WebDriver browser, URL base, String name, String password) {
        browser.get(base + "login/");
        fillIn(browser, name, password);
    }

    /** Fills in the sign-in form that {@code browser} shows and sends it. */
    public static void fillIn(WebDriver browser, String name, String password) {
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        Navigation.clickAndWaitForNewPage(browser, By.id("sign-in"));
    }
}
