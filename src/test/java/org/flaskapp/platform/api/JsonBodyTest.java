package org.flaskapp.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

    @Test
    void takesJsonInUtf8Only() {
        assertTrue(JsonBody.isJson("application/json"));
        assertTrue(JsonBody.isJson("Application/JSON; charset=UTF-8"));
        assertTrue(JsonBody.isJson("application/json;charset=\"utf-8\""));
        assertFalse(JsonBody.isJson(null));
        assertFalse(JsonBody.isJson("text/plain"));
        assertFalse(JsonBody.isJson("application/x-www-form-urlencoded"));
        assertFalse(JsonBody.isJson("application/json; charset=iso-8859-1"));
        assertFalse(JsonBody.isJson("application/jsonx"));
        assertEquals(415, status(() -> read("text/plain", "{}")));
    }

    @Test
    void malformedOrNotAnObjectIs400AndTooLargeIs413() {
        assertEquals(400, status(() -> read("application/json", "{\"title\":")));
        assertEquals(400, status(() -> read("application/json", "[1]")));
        assertEquals(400, status(() -> read("application/json", "")));
        assertEquals(413, status(() -> JsonBody.read("application/json",
                new ByteArrayInputStream(new byte[JsonBody.MAX_BYTES + 1]))));
        read("application/json", " ".repeat(JsonBody.MAX_BYTES - 2) + "{}"); // the limit itself is taken
    }

    @Test
    void fieldsOfTheWrongTypeAre422NamingTheField() {
        JsonBody body = read("application/json", "{\"title\":1,\"tags\":[\"a\",2],\"content\":\"text\",\"none\":null}");
        ApiProblem wrongType = assertThrows(ApiProblem.class, () -> body.text("title", true));
        assertEquals(422, wrongType.status());
        assertEquals(List.of("title"), List.copyOf(wrongType.fields().keySet()));
        assertEquals(422, status(() -> body.texts("tags")));
        assertEquals(422, status(() -> body.text("missing", true)));
        assertNull(body.text("none", false));
        assertEquals("text", body.text("content", true));
        assertEquals(List.of(), body.texts("missing"));
    }

    private static JsonBody read(String type, String body) {
        return JsonBody.read(type, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static int status(Runnable request) {
        return assertThrows(ApiProblem.class, request::run).status();
    }
}
