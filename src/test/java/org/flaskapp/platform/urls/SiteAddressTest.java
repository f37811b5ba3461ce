package org.flaskapp.platform.urls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.flaskapp.testing.ServletDoubles;
import org.junit.jupiter.api.Test;

/** The site's absolute addresses: the configured origin, else the one the request came to. */
class SiteAddressTest {

    private static jakarta.servlet.http.HttpServletRequest requestTo(String host) {
        return ServletDoubles.request("GET", "/posts/index.xhtml", null, null, "Host", host);
    }

    @Test
    void theFirstConfiguredOriginIsUsedWhateverTheRequestNames() {
        SiteAddress site = new SiteAddress(Optional.of(" https://flaskapp.example.org/ , http://localhost:8080"));

        assertTrue(site.isFixed());
        assertEquals("https://flaskapp.example.org", site.originOf(requestTo("attacker.example")));
        assertEquals("https://flaskapp.example.org/posts/feed.atom", site.absolute(requestTo("x"), "/posts/feed.atom"));
    }

    @Test
    void withoutAConfiguredOriginTheRequestsIsUsedWithoutItsSchemesDefaultPort() {
        SiteAddress site = new SiteAddress(Optional.empty());

        assertFalse(site.isFixed());
        assertEquals("http://example.org", site.originOf(requestTo("Example.ORG:80")));
        assertEquals("http://example.org:8080", site.originOf(requestTo("example.org:8080")));
        assertFalse(new SiteAddress(Optional.of(" ")).isFixed(), "a blank setting is no setting");
    }
}
