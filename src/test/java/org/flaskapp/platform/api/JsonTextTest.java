package org.flaskapp.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void writesMembersInTheirOrderCompactly() {
        assertEquals("{\"b\":1,\"a\":[true,null,\"x\"],\"c\":{}}",
                text(JsonFields.of("b", 1, "a", Arrays.asList(true, null, "x"), "c", JsonFields.of())));
    }

    @Test
    void escapesWhatJsonAndHtmlNeedAndReadsBackTheSameText() {
        String tricky = "quote \" backslash \\ newline \n tab \t bell \u0007 <script>&amp; line\u2028end é 😀";
        String written = text(List.of(tricky));
        assertEquals(-1, written.indexOf('<'), "no markup survives, so the JSON is safe inside HTML");
        assertEquals(tricky, Json.createReader(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)))
                .readArray().getString(0));
    }

    @Test
    void timesAreUtcToTheSecond() {
        assertEquals("2026-12-07T14:05:09Z", JsonText.time(LocalDateTime.of(2026, 12, 7, 14, 5, 9, 987_000_000)));
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThrows(IllegalArgumentException.class, () -> JsonText.bytes(List.of(1.5)));
    }

    private static String text(Object value) {
        return new String(JsonText.bytes(value), StandardCharsets.UTF_8);
    }
}
