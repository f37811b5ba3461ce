package org.flaskapp.accounts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"/posts/new/", "/admin/authors/", "/posts/?page=2"})
    void anAddressOfThisSiteIsKept(String wanted) {
        assertEquals(wanted, LocalAddress.orHome(wanted));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "//evil.example/", "/\\evil.example", "https://evil.example/",
            "posts/", "/posts/\r\nSet-Cookie: x=y", "/a b"})
    void anythingElseLeadsToThePostsPage(String wanted) {
        assertEquals("/posts/", LocalAddress.orHome(wanted));
    }
}
