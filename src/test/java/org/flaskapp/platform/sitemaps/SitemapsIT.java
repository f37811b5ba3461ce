package org.flaskapp.platform.sitemaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** robots.txt, the sitemap index and every sitemap it names, over real HTTP. */
class SitemapsIT extends DeployedSite {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static Document xml(SiteClient.Response response) throws Exception {
        assertEquals(200, response.status(), response.uri().toString());
        assertEquals("application/xml;charset=utf-8", response.header("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(NAMESPACE, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(NAMESPACE, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    /** Every address in every sitemap of the index, with its lastmod (or null). */
    private Map<String, String> everyAddress(SiteClient crawler) throws Exception {
        Document index = xml(crawler.get("sitemap.xml"));
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        Map<String, String> addresses = new HashMap<>();
        for (Element sitemap : children(index, "sitemap")) {
            String loc = text(sitemap, "loc");
            assertTrue(loc.startsWith(base + "sitemaps/"), loc);
            Document part = xml(crawler.get(loc.substring(base.toString().length())));
            assertEquals("urlset", part.getDocumentElement().getLocalName());
            List<Element> urls = children(part, "url");
            assertTrue(!urls.isEmpty() && urls.size() <= 50_000, loc + " has " + urls.size());
            for (Element url : urls) {
                String lastmod = text(url, "lastmod");
                if (lastmod != null) {
                    Instant.parse(lastmod); // W3C Datetime, as the protocol asks
                }
                assertTrue(addresses.put(text(url, "loc"), lastmod) == null, "each address once");
            }
        }
        return addresses;
    }

    @Test
    void robotsTxtNamesTheSitemapAndKeepsCrawlersOutOfSearchResultsAndTheApi() {
        SiteClient.Response robots = new SiteClient(base).get("robots.txt");

        assertEquals(200, robots.status());
        assertTrue(robots.header("Content-Type").orElseThrow().startsWith("text/plain"));
        List<String> lines = robots.body().lines().toList();
        assertEquals("User-agent: *", lines.get(0));
        String root = base.getPath();
        for (String path : List.of("api/", "search/?")) {
            assertTrue(lines.contains("Disallow: " + root + path), path + " in " + lines);
        }
        for (String path : List.of("posts/", "login/", "search/", "posts/new/")) {
            assertFalse(lines.contains("Disallow: " + root + path), path + " may be crawled: " + lines);
        }
        assertTrue(lines.contains("Sitemap: " + base + "sitemap.xml"), lines.toString());
        assertTrue(robots.setCookie().isEmpty());
    }

    @Test
    void theSitemapsHoldEveryPostCategoryTagAndVisibleQuestionWithWhenItLastChanged() throws Exception {
        SiteClient author = Accounts.signedInAuthor(base);
        String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        String post = author.submit(author.get("posts/new/"), "post-form",
                Map.of("title", "In the sitemap", "content", "Yes.", "category", "general", "tags", tag), "save").locationPath();
        SiteClient visitor = new SiteClient(base);
        String word = "q" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(302, visitor.ask("Visible " + word + "?", "").status());
        assertEquals(302, visitor.ask("Hidden " + word + "?", "").status());
        var questions = visitor.get("questions/").document();
        String visible = questions.select(".question h3 a:contains(Visible " + word + ")").attr("abs:href");
        String hidden = questions.select(".question h3 a:contains(Hidden " + word + ")").attr("abs:href");
        SiteClient admin = Accounts.admin(base);
        String hiddenPath = hidden.substring(base.toString().length());
        assertEquals(302, admin.submit(admin.get(hiddenPath), "question-moderation", Map.of(), "hide-question").status());

        Map<String, String> addresses = everyAddress(new SiteClient(base));

        String postUrl = base + post.substring(1);
        assertTrue(addresses.containsKey(postUrl), postUrl);
        assertTrue(Instant.parse(addresses.get(postUrl)).isAfter(Instant.now().minusSeconds(600)));
        assertTrue(addresses.containsKey(base + "posts/tags/" + tag + "/"));
        assertTrue(addresses.containsKey(base + "posts/categories/general/"));
        assertTrue(addresses.containsKey(visible), visible);
        assertFalse(addresses.containsKey(hidden), "a hidden question is not in the sitemaps");
        for (String page : List.of("", "posts/", "questions/", "about/")) {
            assertTrue(addresses.containsKey(base + page), page);
        }
        visitor.get("posts/").document().select(".post .title a").eachAttr("abs:href")
                .forEach(listed -> assertTrue(addresses.containsKey(listed), listed + " is listed on /posts/"));
        assertFalse(addresses.keySet().stream().anyMatch(url -> url.contains("/login/") || url.contains("/admin/")));
    }

    @Test
    void aSitemapThatDoesNotExistIsNotFound() {
        SiteClient crawler = new SiteClient(base);

        assertEquals(404, crawler.get("sitemaps/posts-999.xml").status());
        assertEquals(404, crawler.get("sitemaps/nothing-1.xml").status());
        assertEquals(404, crawler.get("sitemaps/posts-0.xml").status());
        assertEquals(404, crawler.get("sitemaps/").status());
    }
}
