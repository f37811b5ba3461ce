package org.flaskapp.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.flaskapp.platform.refusal.Invalid;
import org.junit.jupiter.api.Test;

class PostDraftTest {

    private static PostDraft tagged(String tags) {
        return new PostDraft("Title", "Content", "general", null, tags);
    }

    @Test
    void tagsAreTrimmedLowerCaseDashedAndEachOnce() {
        assertEquals(List.of("jakarta-ee", "derby"), tagged(" Jakarta EE , derby,, jakarta ee ").tagNames());
        assertEquals(List.of(), tagged(null).tagNames());
    }

    @Test
    void aTagWithOtherCharactersIsRefusedWithItsName() {
        Invalid refused = assertThrows(Invalid.class, () -> tagged("java, c++").tagNames());
        assertEquals("A tag has up to 30 letters a-z, digits and dashes; \"c++\" is not one.", refused.getMessage());
    }

    @Test
    void atMostTenTags() {
        assertEquals(10, tagged("a,b,c,d,e,f,g,h,i,j").tagNames().size());
        assertThrows(Invalid.class, () -> tagged("a,b,c,d,e,f,g,h,i,j,k").tagNames());
    }

    @Test
    void aCategoryNameGivesAnAddressOfLettersDigitsAndDashes() {
        assertEquals("jakarta-ee-co", Category.slugOf("Jakarta EE & Co."));
        assertEquals("cafe-creme", Category.slugOf("Café Crème"));
        assertEquals("", Category.slugOf("!!!"));
    }
}
