package org.flaskapp.platform.urls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CleanUrlsTest {

    @Test
    void indexViewBecomesItsFolder() {
        assertEquals("/", CleanUrls.folderOf("/index.xhtml"));
        assertEquals("/posts/", CleanUrls.folderOf("/posts/index.xhtml"));
        assertEquals("/ctx/posts/categories/", CleanUrls.folderOf("/ctx/posts/categories/index.xhtml"));
    }

    @Test
    void otherPathsStayAsTheyAre() {
        assertEquals("/posts/", CleanUrls.folderOf("/posts/"));
        assertEquals("/posts/other.xhtml", CleanUrls.folderOf("/posts/other.xhtml"));
        assertEquals("/posts/myindex.xhtml", CleanUrls.folderOf("/posts/myindex.xhtml"));
    }
}
