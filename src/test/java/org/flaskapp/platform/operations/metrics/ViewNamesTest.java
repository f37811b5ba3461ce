package org.flaskapp.platform.operations.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;
import java.lang.reflect.Proxy;
import org.flaskapp.platform.urls.AddressRoutesFilter;
import org.junit.jupiter.api.Test;

class ViewNamesTest {

    private final ViewNames names = new ViewNames();

    /** A request that Faces (*.xhtml) answered as {@code matchValue}, routed to {@code routedView} (or not). */
    private static HttpServletRequest request(String servlet, MappingMatch match, String pattern, String matchValue, String routedView) {
        HttpServletMapping mapping = new HttpServletMapping() {
            public String getMatchValue() { return matchValue; }
            public String getPattern() { return pattern; }
            public String getServletName() { return servlet; }
            public MappingMatch getMappingMatch() { return match; }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(ViewNamesTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (self, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> AddressRoutesFilter.VIEW_ATTRIBUTE.equals(args[0]) ? routedView : null;
                    case "getHttpServletMapping" -> mapping;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static HttpServletRequest view(String matchValue) {
        return request("Faces Servlet", MappingMatch.EXTENSION, "*.xhtml", matchValue, null);
    }

    @Test
    void aViewIsNamedByItsFileAndARoutedAddressByTheViewItShows() {
        assertEquals("/posts/index.xhtml", names.of(view("posts/index"), 200));
        assertEquals("/posts/post.xhtml", names.of(request("default", MappingMatch.DEFAULT, "/", "", "/posts/post.xhtml"), 200));
        assertEquals("Feeds", names.of(request("Feeds", MappingMatch.EXTENSION, "*.atom", "posts/feed", null), 200));
    }

    @Test
    void everyAddressThatMatchedNothingIsOneName() {
        assertEquals(ViewNames.NOT_FOUND, names.of(view("no-such-view-1"), 404));
        assertEquals(ViewNames.NOT_FOUND, names.of(view("no-such-view-2"), 404));
    }

    @Test
    void pastTheLimitNewNamesShareOne() {
        for (int i = 0; i < ViewNames.LIMIT; i++) {
            assertEquals("/made-up-" + i + ".xhtml", names.of(view("made-up-" + i), 405));
        }

        assertEquals(ViewNames.OTHER, names.of(view("one-more"), 405));
        assertEquals("/made-up-7.xhtml", names.of(view("made-up-7"), 200), "a name seen before keeps its name");
    }
}
