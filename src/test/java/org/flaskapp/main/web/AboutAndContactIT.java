package org.flaskapp.main.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The main section's about and contact pages over real HTTP. */
class AboutAndContactIT extends DeployedSite {

    @Test
    void theAboutTextIsMarkdownThatAnAdministratorEdits() {
        SiteClient visitor = new SiteClient(base);
        String before = visitor.get("about/").document().select(".about").text();
        assertFalse(before.isBlank());
        SiteClient admin = Accounts.admin(base);
        SiteClient.Response form = admin.get("about/edit/");
        String original = form.document().getElementById("content").val();
        String marker = UUID.randomUUID().toString();
        try {
            SiteClient.Response saved = admin.submit(form, "about-form",
                    Map.of("content", "## About us\n\nWe are *" + marker + "*."), "save");

            assertEquals(302, saved.status());
            Document about = visitor.get("about/").document();
            assertEquals("About us", about.select(".about h2").text());
            assertEquals(marker, about.select(".about em").text(), "the kept page was replaced");
        } finally {
            admin.submit(admin.get("about/edit/"), "about-form", Map.of("content", original), "save");
        }
        assertEquals(before, visitor.get("about/").document().select(".about").text());
    }

    @Test
    void onlyAdministratorsEditTheAboutText() {
        assertEquals(302, new SiteClient(base).get("about/edit/").status(), "to sign in");
        assertEquals(403, Accounts.signedInAuthor(base).get("about/edit/").status());
    }

    @Test
    void aContactMessageIsConfirmedToItsSenderAndReadByTheAdministrator() {
        SiteClient visitor = new SiteClient(base);
        String message = "Hello from a test " + UUID.randomUUID();

        SiteClient.Response sent = visitor.submit(visitor.get("contact/"), "contact-form",
                Map.of("name", "Ada Tester", "email", "ada@example.org", "message", message), "send");

        assertEquals(302, sent.status());
        assertTrue(sent.setCookie().isEmpty());
        SiteClient.Response confirmation = visitor.get(sent.location().orElseThrow());
        assertEquals("Message sent", confirmation.document().select("h1").text());
        Document messages = Accounts.admin(base).get("admin/messages/").document();
        var shown = messages.select(".contact-message").first();
        assertEquals(message, shown.select(".question-text").text());
        assertTrue(shown.select(".byline").text().startsWith("From Ada Tester <ada@example.org>"), shown.select(".byline").text());
        assertEquals(302, visitor.get("admin/messages/").status(), "visitors are sent to sign in");
    }

    @Test
    void aMessageWithABadEmailIsRefusedWith422AndKeepsWhatWasTyped() {
        SiteClient visitor = new SiteClient(base);
        String message = "Do not lose me " + UUID.randomUUID();

        SiteClient.Response refused = visitor.submit(visitor.get("contact/"), "contact-form",
                Map.of("name", "Ada", "email", "not an address", "message", message), "send");

        assertEquals(422, refused.status());
        assertEquals("This does not look like an email address.", refused.document().getElementById("email-message").text());
        assertEquals(message, refused.document().getElementById("message").val());
        assertEquals("not an address", refused.document().getElementById("email").val());
    }
}
