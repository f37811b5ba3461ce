package org.flaskapp.platform.guards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.stream.Stream;
import org.flaskapp.testing.ServletDoubles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The token that binds the forms of a visitor with a session to that session. */
class SessionTokenFilterTest {

    private final SessionTokenFilter filter = new SessionTokenFilter();
    private int passed;
    private final FilterChain faces = (request, response) -> passed++;

    @Test
    void aSessionsTokenIsMadeOnceAndIsHardToGuess() {
        HttpSession session = ServletDoubles.session();

        String token = SessionToken.of(session);

        assertEquals(token, SessionToken.of(session));
        assertTrue(token.length() >= 43, token); // 256 bits
        assertFalse(token.equals(SessionToken.of(ServletDoubles.session())), "each session its own");
    }

    @Test
    void aPostWithTheSessionsTokenPasses() throws Exception {
        HttpSession session = ServletDoubles.session();
        String token = SessionToken.of(session);

        filter.doFilter(ServletDoubles.post(session, SessionToken.FIELD, token), new ServletDoubles.Response().servletResponse(), faces);

        assertEquals(1, passed);
    }

    @Test
    void aPostFromAVisitorWithoutASessionNeedsNoToken() throws Exception {
        filter.doFilter(ServletDoubles.post(null), new ServletDoubles.Response().servletResponse(), faces);

        assertEquals(1, passed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongTokens")
    void aPostWithoutTheTokenOrWithAnotherIsRefusedAndNeverPassedOn(String name, String token) throws Exception {
        HttpSession session = ServletDoubles.session();
        SessionToken.of(session);
        ServletDoubles.Response response = new ServletDoubles.Response();

        HttpServletRequest post = token == null ? ServletDoubles.post(session) : ServletDoubles.post(session, SessionToken.FIELD, token);
        filter.doFilter(post, response.servletResponse(), faces);

        assertEquals(0, passed, name);
        assertEquals(403, response.status(), name);
    }

    static Stream<Arguments> wrongTokens() {
        return Stream.of(
                Arguments.of("no token", null),
                Arguments.of("empty", ""),
                Arguments.of("another session's", SessionToken.of(ServletDoubles.session())));
    }
}
