package org.flaskapp.platform.urls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddressRouteTest {

    private final AddressRoute post = AddressRoute.of("/posts/{id}/edit/", "/posts/edit.xhtml");
    private final AddressRoute moved = AddressRoute.of("/posts/{id}/edit/", "/posts/edit/{id}/");
    private final AddressRoute category = AddressRoute.of("/posts/categories/{slug}/", "/posts/categories/category.xhtml");

    @Test
    void anAddressOfTheRouteGoesToItsViewWithItsParts() {
        assertEquals(Optional.of("/posts/edit.xhtml?id=42"), post.match("/posts/42/edit/"));
        assertEquals(Optional.of("/posts/categories/category.xhtml?slug=jakarta-ee"),
                category.match("/posts/categories/jakarta-ee/"));
    }

    @Test
    void anAddressThatMovedGoesToItsNewAddressWithItsParts() {
        assertEquals(Optional.of("/posts/edit/42/"), moved.match("/posts/42/edit/"));
        assertEquals(Optional.empty(), moved.match("/posts/edit/42/"));
    }

    @Test
    void anIdIsANumberAndANameALowerCaseWord() {
        assertEquals(Optional.empty(), post.match("/posts/new/edit/"));
        assertEquals(Optional.empty(), post.match("/posts/4.2/edit/"));
        assertEquals(Optional.empty(), category.match("/posts/categories/Jakarta/"));
        assertEquals(Optional.empty(), category.match("/posts/categories/a%2Fb/"));
    }

    @Test
    void otherAddressesAreNotTheRoutes() {
        assertEquals(Optional.empty(), post.match("/posts/42/"));
        assertEquals(Optional.empty(), post.match("/posts/42/edit"));
        assertEquals(Optional.empty(), category.match("/posts/categories/"));
        assertEquals(Optional.empty(), category.match("/posts/categories/a/b/"));
    }
}
