package org.flaskapp.platform.cache;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.flaskapp.platform.compression.GzipOnce;

/**
 * A document that the site makes from its content and that clients fetch again and again, such as
 * a feed: its body, an entity tag derived from it, and since when it has been what it is.
 * <p>
 * {@code Last-Modified} is when this server first made the document as it is now, not a time
 * read from the content: a deleted or hidden item changes a feed without leaving a time behind.
 * It never goes back and moves at least one second on each change (HTTP dates have whole
 * seconds), so a client that asks {@code If-Modified-Since} never gets 304 for a change. Its gzip
 * form is made once, when a client first accepts it.
 */
public record KeptDocument(String contentType, byte[] body, String etag, Instant lastModified, GzipOnce gzipped) {

    public KeptDocument(String contentType, byte[] body, String etag, Instant lastModified) {
        this(contentType, body, etag, lastModified, new GzipOnce(body));
    }

    /** The document {@code body}, with the time it became what it is given {@code previous} (or null). */
    public static KeptDocument of(String contentType, byte[] body, KeptDocument previous, Clock clock) {
        String etag = RenderedView.entityTagOf(contentType, List.of(), body);
        if (previous != null && previous.etag().equals(etag)) {
            return new KeptDocument(contentType, body, etag, previous.lastModified());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant lastModified = previous == null || now.isAfter(previous.lastModified()) ? now
                : previous.lastModified().plusSeconds(1);
        return new KeptDocument(contentType, body, etag, lastModified);
    }
}
