package org.flaskapp.platform.guards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.flaskapp.platform.guards.RequestOrigin.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestOriginTest {

    private static final Set<String> OWN = Set.of("https://flaskapp.example");

    @ParameterizedTest(name = "Sec-Fetch-Site={0}, Origin={1}, Referer={2}: {3}")
    @CsvSource(nullValues = "-", value = {
            // Fetch Metadata decides where the browser sends it, whatever the other headers say
            "same-origin, -,                             -,                                 SAME_ORIGIN",
            "none,        -,                             -,                                 SAME_ORIGIN",
            "cross-site,  https://flaskapp.example,      -,                                 CROSS_SITE",
            "same-site,   -,                             -,                                 CROSS_SITE",
            "SAME-ORIGIN, https://evil.example,          -,                                 SAME_ORIGIN",
            // then Origin
            "-,           https://flaskapp.example,      -,                                 SAME_ORIGIN",
            "-,           https://FlaskApp.Example:443,  -,                                 SAME_ORIGIN",
            "-,           http://flaskapp.example,       -,                                 CROSS_SITE",
            "-,           https://flaskapp.example:8443, -,                                 CROSS_SITE",
            "-,           https://evil.example,          https://flaskapp.example/posts/,   CROSS_SITE",
            "-,           null,                          -,                                 CROSS_SITE",
            // then Referer
            "-,           -,                             https://flaskapp.example/q/?a=1,   SAME_ORIGIN",
            "-,           -,                             https://flaskapp.example.evil.io/, CROSS_SITE",
            "-,           -,                             not a url,                         CROSS_SITE",
            // and none: not a browser
            "-,           -,                             -,                                 UNKNOWN",
    })
    void judgesByFetchMetadataThenOriginThenReferer(String fetchSite, String origin, String referer, Verdict verdict) {
        assertEquals(verdict, new RequestOrigin(fetchSite, origin, referer).judge(OWN));
    }
}
