package org.flaskapp.posts.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.flaskapp.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The posts in the JSON API: reading for anyone, writing with a personal token, as a script does. */
class PostsApiIT extends DeployedSite {

    private static final String JSON = "application/json";

    @Test
    void anAuthorPublishesEditsWithIfMatchAndDeletesWithAWriteToken() {
        String token = Tokens.create(Accounts.signedInAuthor(base), "write");
        SiteClient script = new SiteClient(base);
        String title = "Published by a script " + UUID.randomUUID();

        SiteClient.Response published = script.request("POST", "api/v1/posts", JSON,
                body("{\"title\":\"" + title + "\",\"content\":\"Some *Markdown*\",\"category\":\"general\",\"tags\":[\"From API\"]}"),
                Tokens.bearer(token));
        assertEquals(201, published.status(), published.body());
        JsonObject post = json(published);
        long id = post.getJsonNumber("id").longValue();
        assertEquals(base + "api/v1/posts/" + id, published.location().orElseThrow());
        assertEquals("<p>Some <em>Markdown</em></p>\n", post.getString("html"));
        assertEquals("from-api", post.getJsonArray("tags").getString(0), "tags as the form makes them");
        assertTrue(published.setCookie().isEmpty(), "a token opens no session");

        SiteClient.Response read = script.get("api/v1/posts/" + id);
        assertEquals(200, read.status());
        String etag = read.header("ETag").orElseThrow();
        assertEquals(published.header("ETag").orElseThrow(), etag, "the answer to the write names what a read gets");
        assertEquals(title, json(read).getString("title"));
        assertEquals(304, script.get("api/v1/posts/" + id, "If-None-Match", etag).status());

        String edit = "{\"title\":\"" + title + " (edited)\",\"content\":\"New text\",\"category\":\"general\"}";
        assertEquals(428, script.request("PUT", "api/v1/posts/" + id, JSON, body(edit), Tokens.bearer(token)).status(),
                "an edit without If-Match could overwrite a change unseen");
        SiteClient.Response edited = script.request("PUT", "api/v1/posts/" + id, JSON, body(edit),
                Tokens.bearer(token)[0], Tokens.bearer(token)[1], "If-Match", etag);
        assertEquals(200, edited.status(), edited.body());
        assertEquals(title + " (edited)", json(script.get("api/v1/posts/" + id)).getString("title"),
                "the read after the write sees it at once");
        assertNotEquals(etag, edited.header("ETag").orElseThrow());
        SiteClient.Response stale = script.request("PUT", "api/v1/posts/" + id, JSON, body(edit),
                Tokens.bearer(token)[0], Tokens.bearer(token)[1], "If-Match", etag);
        assertEquals(412, stale.status(), "an edit of a version that changed since");
        assertEquals("application/problem+json", stale.header("Content-Type").orElseThrow().split(";")[0]);

        assertEquals(412, script.request("DELETE", "api/v1/posts/" + id, null, null,
                Tokens.bearer(token)[0], Tokens.bearer(token)[1], "If-Match", etag).status());
        assertEquals(204, script.request("DELETE", "api/v1/posts/" + id, null, null,
                Tokens.bearer(token)[0], Tokens.bearer(token)[1], "If-Match", edited.header("ETag").orElseThrow()).status());
        assertEquals(404, script.get("api/v1/posts/" + id).status());
    }

    @Test
    void writingIsRefusedWithoutAWriteTokenAndASessionCookieNeverCounts() {
        SiteClient author = Accounts.signedInAuthor(base);
        String readOnly = Tokens.create(author, "read");
        byte[] post = body("{\"title\":\"Not to be published\",\"content\":\"x\",\"category\":\"general\"}");

        SiteClient.Response withCookieOnly = author.request("POST", "api/v1/posts", JSON, post);
        assertEquals(401, withCookieOnly.status(), "the signed-in author's cookie does not authorise the API");
        assertTrue(withCookieOnly.header("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
        assertEquals(403, new SiteClient(base).request("POST", "api/v1/posts", JSON, post, Tokens.bearer(readOnly)).status());
        SiteClient.Response badToken = new SiteClient(base).get("api/v1/posts", Tokens.bearer("fa_not-a-token"));
        assertEquals(401, badToken.status(), "a token that is not valid is refused even for a read");
        assertTrue(badToken.header("WWW-Authenticate").orElseThrow().contains("invalid_token"));
        assertEquals(302, new SiteClient(base).get("posts/new/", Tokens.bearer(readOnly)).status(),
                "a token does not sign anyone in to the pages");
    }

    @Test
    void anAuthorMayNotChangeAnotherAuthorsPost() {
        String first = Tokens.create(Accounts.signedInAuthor(base), "write");
        String second = Tokens.create(Accounts.signedInAuthor(base), "write");
        SiteClient script = new SiteClient(base);
        long id = json(script.request("POST", "api/v1/posts", JSON,
                body("{\"title\":\"Mine\",\"content\":\"x\",\"category\":\"general\"}"), Tokens.bearer(first)))
                .getJsonNumber("id").longValue();
        String etag = script.get("api/v1/posts/" + id).header("ETag").orElseThrow();
        assertEquals(403, script.request("DELETE", "api/v1/posts/" + id, null, null,
                Tokens.bearer(second)[0], Tokens.bearer(second)[1], "If-Match", etag).status());
        assertEquals(200, script.get("api/v1/posts/" + id).status(), "still there");
    }

    @Test
    void badWritesGetProblemDetailsNamingWhatIsWrong() {
        String token = Tokens.create(Accounts.signedInAuthor(base), "write");
        SiteClient script = new SiteClient(base);
        SiteClient.Response form = script.request("POST", "api/v1/posts", "application/x-www-form-urlencoded",
                body("title=x&content=y&category=general"), Tokens.bearer(token));
        assertEquals(415, form.status(), "a cross-site form's body is not taken");
        assertEquals(400, script.request("POST", "api/v1/posts", JSON, body("{\"title\":"), Tokens.bearer(token)).status());
        SiteClient.Response missing = script.request("POST", "api/v1/posts", JSON, body("{\"title\":\"t\"}"), Tokens.bearer(token));
        assertEquals(422, missing.status());
        assertEquals("content", json(missing).getJsonArray("errors").getJsonObject(0).getString("field"));
        SiteClient.Response tooLong = script.request("POST", "api/v1/posts", JSON,
                body("{\"title\":\"" + "t".repeat(151) + "\",\"content\":\"x\",\"category\":\"general\"}"), Tokens.bearer(token));
        assertEquals(422, tooLong.status());
        assertEquals("title", json(tooLong).getJsonArray("errors").getJsonObject(0).getString("field"));
        SiteClient.Response noCategory = script.request("POST", "api/v1/posts", JSON,
                body("{\"title\":\"t\",\"content\":\"x\",\"category\":\"no-such-category\"}"), Tokens.bearer(token));
        assertEquals(422, noCategory.status());
        assertEquals(413, script.request("POST", "api/v1/posts", JSON, new byte[(4 << 20) + 1], Tokens.bearer(token)).status());
        SiteClient.Response method = script.request("PATCH", "api/v1/posts", JSON, body("{}"));
        assertEquals(405, method.status());
        assertFalse(method.body().contains("<html"), "never an HTML page");
        SiteClient.Response options = script.request("OPTIONS", "api/v1/posts", null, null);
        assertTrue(options.header("Allow").orElseThrow().contains("POST"), "OPTIONS names the methods");
        assertFalse(options.body().contains("<"), "and describes nothing in another format (WADL): " + options.body());
        assertEquals(404, script.get("api/v1/application.wadl").status());
    }

    @Test
    void listsArePagedByTheNextAddressAndFilteredByCategoryAndTag() {
        String token = Tokens.create(Accounts.signedInAuthor(base), "write");
        SiteClient script = new SiteClient(base);
        String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 22; i++) {
            assertEquals(201, script.request("POST", "api/v1/posts", JSON, body("{\"title\":\"Tagged " + i
                    + "\",\"content\":\"x\",\"category\":\"general\",\"tags\":[\"" + tag + "\"]}"), Tokens.bearer(token)).status());
        }
        JsonObject first = json(script.get("api/v1/posts?tag=" + tag));
        assertEquals(20, first.getJsonArray("items").size());
        assertEquals("Tagged 21", first.getJsonArray("items").getJsonObject(0).getString("title"), "newest first");
        String next = first.getString("next");
        assertTrue(next.startsWith(base + "api/v1/posts?tag=" + tag + "&after="), next);
        JsonObject second = json(script.get(next.substring(base.toString().length())));
        assertEquals(2, second.getJsonArray("items").size());
        assertTrue(second.isNull("next"));
        JsonObject tags = json(script.get("api/v1/tags"));
        assertTrue(tags.getJsonArray("items").stream().map(item -> item.asJsonObject())
                .anyMatch(item -> item.getString("name").equals(tag) && item.getJsonNumber("posts").longValue() == 22));
        assertEquals(200, script.get("api/v1/posts?category=general&after=5").status());
        assertEquals(200, script.get("api/v1/categories").status());
        assertEquals(404, script.get("api/v1/posts?category=no-such-category").status());
        assertEquals(400, script.get("api/v1/posts?sort=random").status());
        assertEquals(400, script.get("api/v1/posts?after=-1").status());
        assertEquals("*", script.get("api/v1/posts").header("Access-Control-Allow-Origin").orElseThrow(),
                "other sites may show the posts");
    }

    static byte[] body(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    static JsonObject json(SiteClient.Response response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
