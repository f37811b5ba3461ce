package org.flaskapp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.flaskapp.testing.BrowserExtension;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.Navigation;
import org.flaskapp.testing.QuestionFormInBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What a person does with the site, done in a real browser. */
@ExtendWith(BrowserExtension.class)
class UserJourneysIT extends DeployedSite {

    @Test
    void navigationBarLeadsToEverySectionFromEveryPage(WebDriver browser) {
        List<String[]> sections = List.of(
                new String[] {"FlaskApp", "", "The Home Page of FlaskApp"},
                new String[] {"Posts", "posts/", "The Posts Page"},
                new String[] {"Categories", "posts/categories/", "Categories"},
                new String[] {"Questions", "questions/", "Questions"},
                new String[] {"About", "about/", "About"},
                new String[] {"Contact", "contact/", "Contact"});
        for (String[] from : sections) {
            for (String[] to : sections) {
                browser.get(base + from[1]);
                Navigation.clickAndWaitForNewPage(browser, By.cssSelector("nav.site-nav a[href='" + base.getPath() + to[1] + "']"));

                assertEquals(base.getPath() + to[1], path(browser), from[0] + " -> " + to[0]);
                assertEquals(to[2], heading(browser));
                assertEquals(to[2] + " - FlaskApp", browser.getTitle());
            }
        }
    }

    @Test
    void searchesFromTheNavigationFieldAndOpensAResult(WebDriver browser) {
        browser.get(base + "about/");
        browser.findElement(By.cssSelector("form.site-search input[name=q]")).sendKeys("\"Content #3\"");
        Navigation.clickAndWaitForNewPage(browser, By.cssSelector("form.site-search button"));

        assertEquals(base.getPath() + "search/", path(browser));
        assertEquals("Search", heading(browser));
        assertEquals("\"Content #3\"", browser.findElement(By.id("q")).getAttribute("value"), "the query stays in the field");
        WebElement first = browser.findElement(By.cssSelector(".search-result"));
        assertEquals("Post", first.findElement(By.cssSelector(".result-kind")).getText());
        assertEquals(List.of("Content #3"), first.findElements(By.cssSelector(".snippet mark")).stream().map(WebElement::getText).toList(),
                "the phrase marked as one");
        Navigation.clickAndWaitForNewPage(browser, By.cssSelector(".search-result h2 a"));

        assertEquals(base.getPath() + "posts/3/", path(browser));
        assertEquals("Post #3", heading(browser));
    }

    @Test
    void findsTheFeedOfWhatItReadsAnnouncedAndLinkedAndItIsAtom(WebDriver browser) {
        for (String page : List.of("", "posts/", "posts/categories/general/", "questions/", "questions/1/")) {
            browser.get(base + page);
            List<String> announced = browser.findElements(By.cssSelector("link[rel=alternate][type='application/atom+xml']"))
                    .stream().map(link -> link.getAttribute("href")).toList();
            List<String> linked = browser.findElements(By.cssSelector("p.feeds a")).stream()
                    .map(link -> link.getAttribute("href")).toList();

            assertFalse(announced.isEmpty(), page);
            assertEquals(announced, linked, "the feeds in the head are the ones the page links to: " + page);
            for (String feed : announced) {
                Object fetched = ((JavascriptExecutor) browser).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(response => response.text().then(text => done(response.status + ' '
                            + response.headers.get('content-type') + ' '
                            + new DOMParser().parseFromString(text, 'application/xml').documentElement.namespaceURI)));""", feed);
                assertEquals("200 application/atom+xml;charset=utf-8 http://www.w3.org/2005/Atom",
                        String.valueOf(fetched).replace("; ", ";"), feed);
            }
        }
    }

    @Test
    void readsThePostsNewestFirst(WebDriver browser) {
        browser.get(base.toString());
        Navigation.clickAndWaitForNewPage(browser, By.linkText("Posts"));

        List<WebElement> posts = browser.findElements(By.cssSelector("article.post"));
        assertFalse(posts.isEmpty());
        long previous = Long.MAX_VALUE;
        for (WebElement post : posts) {
            String number = post.findElement(By.cssSelector("p b")).getText();
            assertTrue(number.matches("#\\d+"), number);
            long id = Long.parseLong(number.substring(1));
            assertTrue(id < previous, "newest first");
            previous = id;
            assertFalse(post.findElement(By.cssSelector(".title a")).getText().isBlank());
        }
    }

    @Test
    void asksAQuestionAndSeesItListedFirst(WebDriver browser) {
        String question = "Can a browser ask? " + UUID.randomUUID();

        ask(browser, question, "It just did.");

        assertEquals(base.getPath() + "questions/", path(browser));
        WebElement newest = browser.findElement(By.cssSelector(".questions-list .question"));
        assertEquals(question, newest.findElement(By.tagName("h3")).getText());
        assertEquals("It just did.", newest.findElement(By.tagName("p")).getText());
        assertEquals("", browser.findElement(By.id("content")).getAttribute("value"), "the form is empty again");
    }

    @Test
    void emptyQuestionShowsAMessageNextToTheFieldAndKeepsTheAnswer(WebDriver browser) {
        String answer = "Typed, not lost " + UUID.randomUUID();

        ask(browser, "", answer);

        WebElement message = browser.findElement(By.id("content-message"));
        assertEquals("Please enter a question.", message.getText());
        assertTrue(message.isDisplayed());
        WebElement questionField = browser.findElement(By.id("content"));
        assertEquals(questionField.findElement(By.xpath("..")), message.findElement(By.xpath("..")),
                "the message sits with the question field");
        assertEquals("content-message", questionField.getAttribute("aria-describedby"));
        assertEquals(answer, browser.findElement(By.id("answer")).getAttribute("value"));
        assertEquals(0, occurrences(browser, answer), "nothing was stored");
    }

    @Test
    void reloadAfterSubmittingDoesNotSubmitAgain(WebDriver browser) {
        String question = "Only once? " + UUID.randomUUID();
        ask(browser, question, "Yes");

        browser.navigate().refresh();
        browser.navigate().refresh();

        assertEquals(1, occurrences(browser, question));
    }

    @Test
    void backButtonAfterSubmittingShowsTheFormWithoutResubmitting(WebDriver browser) {
        browser.get(base + "posts/");
        Navigation.clickAndWaitForNewPage(browser, By.linkText("Questions"));
        String question = "Back again? " + UUID.randomUUID();
        QuestionFormInBrowser.fillInAndSubmit(browser, question, "Safely");

        browser.navigate().back();

        assertEquals("Questions", heading(browser));
        assertTrue(browser.findElement(By.id("content")).isDisplayed(), "the form is there to use again");
        browser.navigate().refresh();
        assertEquals(1, occurrences(browser, question));
    }

    @Test
    void htmlInAQuestionIsShownAsTextAndNeverRuns(WebDriver browser) {
        String tag = UUID.randomUUID().toString();
        String question = "<script>window.owned='" + tag + "'</script><b>bold?</b>";
        String answer = "<img src=x onerror=\"window.owned='" + tag + "'\">";

        ask(browser, question, answer);

        WebElement newest = browser.findElement(By.cssSelector(".questions-list .question"));
        assertEquals(question, newest.findElement(By.tagName("h3")).getText());
        assertEquals(answer, newest.findElement(By.tagName("p")).getText());
        assertTrue(newest.findElements(By.cssSelector("script, b, img")).isEmpty());
        assertNull(((JavascriptExecutor) browser).executeScript("return window.owned || null;"));
    }

    /** Opens the questions view and submits its form. */
    private void ask(WebDriver browser, String question, String answer) {
        browser.get(base + "questions/");
        QuestionFormInBrowser.fillInAndSubmit(browser, question, answer);
    }

    /**
     * How often the questions list shows {@code text}, read in one script inside the page: element
     * by element, a page that the browser is still replacing after a reload could change under the
     * test's hands (a flaky "node does not belong to the document").
     */
    @SuppressWarnings("unchecked")
    private static int occurrences(WebDriver browser, String text) {
        List<String> texts = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('.questions-list .question h3, .questions-list .question p'))"
                        + ".map(element => element.textContent);");
        return (int) texts.stream().filter(shown -> shown.contains(text)).count();
    }

    private static String heading(WebDriver browser) {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static String path(WebDriver browser) {
        return URI.create(browser.getCurrentUrl()).getPath();
    }
}
