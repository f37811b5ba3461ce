package org.flaskapp.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentCacheViewsTest {

    private static final ContentChanged A_NEW_POST = new ContentChanged() {
    };

    private final ContentVersion content = new ContentVersion(new ThisServerAlone());
    private final ContentCache pages = new ContentCache(content);

    private static RenderedView html(String body) {
        return RenderedView.of("text/html;charset=UTF-8", List.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> bodyOf(Optional<RenderedView> page) {
        return page.map(p -> new String(p.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aKeptPageIsFoundUntilTheContentChanges() {
        pages.keep("/posts/index.xhtml", pages.version(), html("ten posts"));

        assertEquals(Optional.of("ten posts"), bodyOf(pages.view("/posts/index.xhtml")));

        content.committed(A_NEW_POST);

        assertTrue(pages.view("/posts/index.xhtml").isEmpty());
    }

    @Test
    void aChangeForgetsEveryPage() {
        long version = pages.version();
        pages.keep("/posts/index.xhtml", version, html("posts"));
        pages.keep("/questions/index.xhtml?page=2", version, html("questions"));

        content.committed(A_NEW_POST);

        assertTrue(pages.view("/posts/index.xhtml").isEmpty());
        assertTrue(pages.view("/questions/index.xhtml?page=2").isEmpty());
    }

    @Test
    void aPageRenderedWhileAChangeCommitsIsNeverSentAfterIt() {
        long renderingStarted = pages.version();
        content.committed(A_NEW_POST); // the change commits while the page is being rendered
        pages.keep("/posts/index.xhtml", renderingStarted, html("posts without the new one"));

        assertTrue(pages.view("/posts/index.xhtml").isEmpty());
    }

    @Test
    void aPageRenderedAfterTheChangeIsKept() {
        pages.keep("/posts/index.xhtml", pages.version(), html("old"));
        content.committed(A_NEW_POST);

        pages.keep("/posts/index.xhtml", pages.version(), html("with the new post"));

        assertEquals(Optional.of("with the new post"), bodyOf(pages.view("/posts/index.xhtml")));
    }

    @Test
    void eachAddressIsKeptApart() {
        long version = pages.version();
        pages.keep("/posts/index.xhtml", version, html("page 1"));
        pages.keep("/posts/index.xhtml?page=2", version, html("page 2"));

        assertEquals(Optional.of("page 1"), bodyOf(pages.view("/posts/index.xhtml")));
        assertEquals(Optional.of("page 2"), bodyOf(pages.view("/posts/index.xhtml?page=2")));
    }
}
