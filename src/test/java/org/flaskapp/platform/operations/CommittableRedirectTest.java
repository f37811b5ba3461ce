package org.flaskapp.platform.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommittableRedirectTest {

    /** A response that records what is set on it, and never calls the container's sendRedirect. */
    private static HttpServletResponse recording(Map<String, Object> set, boolean committed) {
        return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (self, method, args) -> switch (method.getName()) {
                    case "setStatus" -> set.put("status", args[0]);
                    case "setHeader" -> set.put((String) args[0], args[1]);
                    case "isCommitted" -> committed;
                    case "resetBuffer" -> set.put("reset", true);
                    case "sendRedirect" -> throw new AssertionError("the container's sendRedirect suspends the answer");
                    default -> null;
                });
    }

    @Test
    void aRedirectIsAStatusAndALocationThatAFlushSends() {
        Map<String, Object> set = new HashMap<>();
        new CommittableRedirect(recording(set, false)).sendRedirect("/questions/?asked=7");
        assertEquals(Map.of("status", 302, "Location", "/questions/?asked=7", "reset", true), set);
    }

    @Test
    void anAnswerSentAlreadyCannotBecomeARedirect() {
        assertThrows(IllegalStateException.class,
                () -> new CommittableRedirect(recording(new HashMap<>(), true)).sendRedirect("/"));
    }
}
