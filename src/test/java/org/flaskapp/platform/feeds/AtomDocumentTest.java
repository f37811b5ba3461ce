package org.flaskapp.platform.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** The Atom documents the site writes, read back by ROME, the parser many feed readers use. */
class AtomDocumentTest {

    private static final Instant PUBLISHED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant EDITED = Instant.parse("2026-12-02T11:30:00Z");

    static Feed parse(byte[] document) throws Exception {
        WireFeedInput input = new WireFeedInput();
        input.setXmlHealerOn(false); // the document must be well-formed as it is
        return (Feed) input.build(new InputSource(new ByteArrayInputStream(document)));
    }

    private static AtomEntry entry(String title, String html) {
        return new AtomEntry(AtomEntry.idOf("post", 42, PUBLISHED), title, "/posts/42/", PUBLISHED, EDITED, "author1",
                List.of(new AtomEntry.Category("general", "General", "/posts/categories/")), html);
    }

    @Test
    void aFeedHasEveryElementThatRfc4287AsksForWithAbsoluteAddresses() throws Exception {
        AtomFeed feed = new AtomFeed("Posts", "/posts/", Instant.EPOCH, List.of(entry("First", "<p>Hello</p>")));

        Feed parsed = parse(AtomDocument.write(feed, "https://example.org"));

        assertEquals("atom_1.0", parsed.getFeedType());
        assertEquals("https://example.org/posts/", parsed.getId());
        assertEquals("Posts - FlaskApp", parsed.getTitle());
        assertEquals(EDITED, parsed.getUpdated().toInstant(), "the newest entry's time");
        Link self = (Link) parsed.getOtherLinks().get(0);
        assertEquals("self", self.getRel());
        assertEquals("https://example.org/posts/feed.atom", self.getHref());
        assertEquals("https://example.org/posts/", ((Link) parsed.getAlternateLinks().get(0)).getHref());
        Entry entry = parsed.getEntries().get(0);
        assertTrue(entry.getId().startsWith("urn:uuid:"), entry.getId());
        assertEquals("First", entry.getTitleEx().getValue());
        assertEquals(PUBLISHED, entry.getPublished().toInstant());
        assertEquals(EDITED, entry.getUpdated().toInstant());
        assertEquals("author1", entry.getAuthors().get(0).getName());
        assertEquals("https://example.org/posts/42/", ((Link) entry.getAlternateLinks().get(0)).getHref());
        Category category = entry.getCategories().get(0);
        assertEquals(List.of("general", "General", "https://example.org/posts/categories/"),
                List.of(category.getTerm(), category.getLabel(), category.getScheme()));
        assertEquals("html", entry.getContents().get(0).getType());
        assertEquals("<p>Hello</p>", entry.getContents().get(0).getValue());
    }

    @Test
    void markupInTitlesAndContentArrivesAsTextNotAsElements() throws Exception {
        byte[] document = AtomDocument.write(new AtomFeed("Posts", "/posts/", Instant.EPOCH,
                List.of(entry("<b>&amp; \"quoted\"</b>", "<p>a &lt; b &amp; <script>x</script></p>"))), "http://localhost:8080");

        Entry entry = parse(document).getEntries().get(0);

        assertEquals("<b>&amp; \"quoted\"</b>", entry.getTitleEx().getValue());
        assertEquals("<p>a &lt; b &amp; <script>x</script></p>", entry.getContents().get(0).getValue());
        assertTrue(new String(document, StandardCharsets.UTF_8).contains("&lt;script&gt;"), "escaped once more in XML");
    }

    @Test
    void charactersThatXmlCannotHoldBecomeReplacementCharacters() throws Exception {
        byte[] document = AtomDocument.write(new AtomFeed("Posts", "/posts/", Instant.EPOCH,
                List.of(entry("bell\u0007 and \uD83D\uDE00 and lone \uD800", "<p>nul\u0000</p>"))), "http://localhost");

        Entry entry = parse(document).getEntries().get(0);

        assertEquals("bell\uFFFD and \uD83D\uDE00 and lone \uFFFD", entry.getTitleEx().getValue());
        assertEquals("<p>nul\uFFFD</p>", entry.getContents().get(0).getValue());
    }

    @Test
    void anEmptyFeedIsUpdatedWhenWhatItFollowsBegan() throws Exception {
        Instant asked = Instant.parse("2026-11-30T08:00:00Z");

        Feed parsed = parse(AtomDocument.write(new AtomFeed("Answers", "/questions/7/", asked, List.of()), "http://h"));

        assertEquals(asked, parsed.getUpdated().toInstant());
        assertEquals(List.of(), parsed.getEntries());
    }

    @Test
    void anEntryIdDependsOnTheItemAndNotOnTheSiteAddressOrItsEdits() {
        String id = AtomEntry.idOf("post", 42, PUBLISHED);

        assertEquals(id, AtomEntry.idOf("post", 42, PUBLISHED));
        assertNotEquals(id, AtomEntry.idOf("post", 43, PUBLISHED));
        assertNotEquals(id, AtomEntry.idOf("question", 42, PUBLISHED));
        assertNotEquals(id, AtomEntry.idOf("post", 42, PUBLISHED.plusSeconds(1)), "post 42 of another database");
        assertEquals(id, AtomEntry.idOf("post", 42, PUBLISHED.plusNanos(123_456_789)), "times kept more or less finely");
    }
}
