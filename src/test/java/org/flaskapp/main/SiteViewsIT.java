package org.flaskapp.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every view of the site over real HTTP: addresses, layout, navigation and errors. */
class SiteViewsIT extends DeployedSite {

    SiteClient site;

    @BeforeEach
    void newVisitor() {
        site = new SiteClient(base);
    }

    @ParameterizedTest
    @CsvSource({
            "'',                  The Home Page of FlaskApp",
            "test/,               Testing the Flask Application Factory Pattern",
            "posts/,              The Posts Page",
            "posts/categories/,   Categories",
            "questions/,          Questions",
    })
    void everyPageHasItsHeadingInTheSharedLayout(String path, String heading) {
        SiteClient.Response page = site.get(path);

        assertEquals(200, page.status(), path);
        Document document = page.document();
        assertEquals("en", document.selectFirst("html").attr("lang"));
        assertEquals(heading + " - FlaskApp", document.title());
        assertEquals(heading, document.selectFirst("h1").text());
        assertNavigationBar(document);
    }

    @ParameterizedTest
    @CsvSource({"test, test/", "posts, posts/", "posts/categories, posts/categories/", "questions, questions/"})
    void pathWithoutTrailingSlashLeadsToThePage(String path, String canonical) {
        SiteClient.Response page = site.get(path);

        assertTrue(page.status() == 301 || page.status() == 302, "status " + page.status());
        assertEquals(base.getPath() + canonical, page.uri().resolve(page.location().orElseThrow()).getPath());
        assertEquals(200, site.open(path).status());
    }

    @ParameterizedTest
    @CsvSource({"'', index.xhtml", "posts/, posts/index.xhtml", "questions/, questions/index.xhtml"})
    void viewFileAddressRedirectsToTheCleanOne(String canonical, String viewFile) {
        SiteClient.Response page = site.get(viewFile + "?page=2");

        assertEquals(301, page.status());
        URI target = page.uri().resolve(page.location().orElseThrow());
        assertEquals(base.getPath() + canonical, target.getPath());
        assertEquals("page=2", target.getQuery(), "the query string goes along");
    }

    @ParameterizedTest
    @CsvSource({"''", "posts/", "posts/categories/", "questions/", "test/"})
    void noLinkOrFormLeaksAViewFile(String path) {
        Document document = site.get(path).document();

        for (Element element : document.select("a[href], form[action], link[href]")) {
            String address = element.hasAttr("href") ? element.attr("href") : element.attr("action");
            assertFalse(address.contains(".xhtml"), path + ": " + element);
        }
    }

    @ParameterizedTest
    @CsvSource({"''", "posts/", "posts/categories/", "questions/", "test/"})
    void pagesWithoutStateCreateNoSession(String path) {
        assertEquals(Optional.empty(), site.get(path).setCookie(), path);
    }

    @Test
    void unknownAddressGetsA404PageInTheSiteLayout() {
        SiteClient.Response page = site.get("no/such/page/");

        assertEquals(404, page.status());
        Document document = page.document();
        assertEquals("Page Not Found - FlaskApp", document.title());
        assertNavigationBar(document);
        assertFalse(page.body().contains("Exception"), page.body());
        assertFalse(page.body().contains("Payara"), page.body());
    }

    @Test
    void unknownViewFileGetsThe404PageToo() {
        SiteClient.Response page = site.get("posts/nothing.xhtml");

        assertEquals(404, page.status());
        assertEquals("Page Not Found - FlaskApp", page.document().title());
    }

    @Test
    void stylesheetIsServed() {
        SiteClient.Response css = site.get("static/site.css");

        assertEquals(200, css.status());
        assertTrue(css.body().contains("#d64161"), "the original's nav colour");
    }

    private void assertNavigationBar(Document document) {
        List<Element> links = document.select("nav[aria-label=Site] a");
        assertEquals(List.of("FlaskApp", "Posts", "Categories", "Questions", "About", "Contact"),
                links.stream().map(Element::text).toList());
        String root = base.getPath();
        assertEquals(List.of(root, root + "posts/", root + "posts/categories/", root + "questions/",
                        root + "about/", root + "contact/"),
                links.stream().map(a -> a.attr("href")).toList());
    }
}
