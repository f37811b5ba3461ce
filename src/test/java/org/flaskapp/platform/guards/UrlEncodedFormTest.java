package org.flaskapp.platform.guards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlEncodedFormTest {

    private static Map<String, List<String>> decode(String encoded) throws UrlEncodedForm.MalformedFormException {
        return UrlEncodedForm.decode(encoded.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void decodesFieldsInOrderWithPlusAndPercentEscapes() throws Exception {
        assertEquals(Map.of("content", List.of("Línea uno\nLine two ✓"), "answer", List.of(""), "flag", List.of("")),
                decode("content=L%C3%ADnea+uno%0ALine%20two%20%E2%9C%93&answer=&flag"));
        assertEquals(List.of("content", "answer"), List.copyOf(decode("content=a&&answer=b&").keySet()));
    }

    @Test
    void keepsEveryValueOfARepeatedName() throws Exception {
        assertEquals(List.of("a", "b"), decode("x=a&x=b").get("x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"content=%zz", "content=%4", "content=100%", "a%G0=1", "content=%C3%28", "content=%FF",
            "content=%ED%A0%80"})
    void refusesWhatIsNotWellFormedUtf8(String encoded) {
        assertThrows(UrlEncodedForm.MalformedFormException.class, () -> decode(encoded));
    }

    @Test
    void refusesRawBytesThatAreNotUtf8() {
        byte[] encoded = {'a', '=', (byte) 0xC3};
        assertThrows(UrlEncodedForm.MalformedFormException.class, () -> UrlEncodedForm.decode(encoded));
    }
}
