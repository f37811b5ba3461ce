package org.flaskapp.questions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The questions in the JSON API: anyone reads, asks and answers; hidden items never show. */
class QuestionsApiIT extends DeployedSite {

    @Test
    void aVisitorAsksAndAnswersAndReadsItBack() {
        SiteClient script = new SiteClient(base);
        String question = unique("Asked through the API?");
        SiteClient.Response asked = post(script, "api/v1/questions", "{\"content\":\"" + question + "\",\"answer\":\"A first answer.\"}");
        assertEquals(201, asked.status(), asked.body());
        assertTrue(asked.setCookie().isEmpty(), "a visitor gets no session");
        String self = json(asked).getString("self");
        assertEquals(self, asked.location().orElseThrow());
        String path = self.substring(base.toString().length());

        assertEquals(201, post(script, path + "/answers", "{\"content\":\"A second answer.\"}").status());
        JsonObject read = json(script.get(path));
        assertEquals(question, read.getString("content"));
        assertEquals(List.of("A first answer.", "A second answer."), contents(read));
        assertEquals(question, json(script.get("api/v1/questions")).getJsonArray("items").getJsonObject(0).getString("content"),
                "newest first, at once");
        assertEquals(404, post(script, "api/v1/questions/999999999/answers", "{\"content\":\"To nothing.\"}").status());
        SiteClient.Response blank = post(script, "api/v1/questions", "{\"content\":\"  \"}");
        assertEquals(422, blank.status());
        assertEquals("content", json(blank).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void theSameTextTooOftenGets429WithRetryAfterAsTheFormsDo() {
        SiteClient script = new SiteClient(base);
        String body = "{\"content\":\"" + unique("Flooded?") + "\"}";
        for (int i = 0; i < 3; i++) {
            assertEquals(201, post(script, "api/v1/questions", body).status());
        }
        SiteClient.Response refused = post(script, "api/v1/questions", body);
        assertEquals(429, refused.status());
        assertTrue(Long.parseLong(refused.header("Retry-After").orElseThrow()) > 0);
        assertEquals("application/problem+json", refused.header("Content-Type").orElseThrow().split(";")[0]);
        for (int i = 0; i < 4; i++) {
            assertEquals(422, post(script, "api/v1/questions", "{\"content\":\"\"}").status(),
                    "a refused blank question is not counted against the client, as with the form");
        }
    }

    @Test
    void hiddenQuestionsAndAnswersNeverAppear() {
        SiteClient script = new SiteClient(base);
        String question = unique("To be hidden in part?");
        String self = json(post(script, "api/v1/questions", "{\"content\":\"" + question + "\",\"answer\":\"Shown.\"}")).getString("self");
        String path = self.substring(base.toString().length());
        post(script, path + "/answers", "{\"content\":\"Hidden.\"}");
        String etag = script.get(path).header("ETag").orElseThrow();

        SiteClient admin = Accounts.admin(base);
        String page = "questions/" + json(script.get(path)).getJsonNumber("id") + "/";
        SiteClient.Response shown = admin.get(page);
        Element hiddenRow = shown.document().select(".answer:contains(Hidden.)").first();
        String formId = hiddenRow.select("form").attr("id");
        assertEquals(302, admin.submit(shown, formId, Map.of(), formId + ":hide").status());
        SiteClient.Response afterHiding = script.get(path, "If-None-Match", etag);
        assertEquals(200, afterHiding.status(), "the hidden answer changed the document");
        assertEquals(List.of("Shown."), contents(json(afterHiding)));

        assertEquals(302, admin.submit(admin.get(page), "question-moderation", Map.of(), "hide-question").status());
        assertEquals(404, script.get(path).status());
        assertFalse(script.get("api/v1/questions").body().contains(question));
    }

    private static List<String> contents(JsonObject question) {
        return question.getJsonArray("answers").stream().map(JsonValue::asJsonObject)
                .map(answer -> answer.getString("content")).toList();
    }

    private static SiteClient.Response post(SiteClient client, String path, String json) {
        return client.request("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(SiteClient.Response response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID();
    }
}
