package org.flaskapp.accounts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.flaskapp.testing.Tokens;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** /account/tokens/: an author's API tokens, shown once, listed with their last use, revoked. */
class ApiTokensIT extends DeployedSite {

    @Test
    void aTokenIsShownOnceListedWithItsLastUseAndStopsWhenRevoked() {
        SiteClient author = Accounts.signedInAuthor(base);
        String token = Tokens.create(author, "write");
        assertTrue(token.startsWith("fa_") && token.length() > 40, token);
        SiteClient.Response list = author.get("account/tokens/");
        assertFalse(list.body().contains(token), "the secret is never shown again");
        Element row = list.document().select("#my-tokens tbody tr").first();
        assertTrue(row.text().contains("test write"), row.text());
        assertTrue(row.text().endsWith("never"), "not used yet: " + row.text());

        SiteClient script = new SiteClient(base);
        assertEquals(422, publish(script, token).status(), "the token is taken (the body is what is wrong)");
        assertFalse(author.get("account/tokens/").document().select("#my-tokens tbody tr").first().text()
                .endsWith("never"), "its last use is shown");

        SiteClient.Response page = author.get("account/tokens/");
        String formId = page.document().select("#my-tokens form").first().id();
        assertEquals(302, author.submit(page, formId, Map.of(), formId + ":revoke").status());
        assertEquals(401, publish(script, token).status(), "a revoked token opens nothing");
    }

    @Test
    void administratorsRevokeAnyonesTokenAndAuthorsOnlyTheirOwn() {
        SiteClient admin = Accounts.admin(base);
        SiteClient author = Accounts.signedInAuthor(base);
        String token = Tokens.create(author, "read");
        SiteClient.Response adminPage = admin.get("account/tokens/");
        Element form = adminPage.document().select("#all-tokens form").first();
        String tokenId = form.selectFirst("input[name=token]").val();

        SiteClient other = Accounts.signedInAuthor(base);
        Tokens.create(other, "read");
        SiteClient.Response otherPage = other.get("account/tokens/");
        String otherForm = otherPage.document().select("#my-tokens form").first().id();
        assertEquals(403, other.submit(otherPage, otherForm, Map.of("token", tokenId), otherForm + ":revoke").status(),
                "an author may not revoke another's token");
        assertEquals(200, new SiteClient(base).get("api/v1/posts", Tokens.bearer(token)).status());

        assertEquals(302, admin.submit(adminPage, form.id(), Map.of(), form.id() + ":revoke").status());
        assertEquals(401, new SiteClient(base).get("api/v1/posts", Tokens.bearer(token)).status());
    }

    @Test
    void aTokenNeedsANameAndVisitorsCannotOpenThePage() {
        SiteClient author = Accounts.signedInAuthor(base);
        SiteClient.Response unnamed = author.submit(author.get("account/tokens/"), "new-token-form",
                Map.of("token-name", " "), "create-token");
        assertNotEquals(200, unnamed.status());
        assertTrue(unnamed.body().contains("A token needs a name"), unnamed.body());
        assertEquals(302, new SiteClient(base).get("account/tokens/").status(), "visitors are sent to sign in");
    }

    private static SiteClient.Response publish(SiteClient script, String token) {
        return script.request("POST", "api/v1/posts", "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                Tokens.bearer(token));
    }
}
