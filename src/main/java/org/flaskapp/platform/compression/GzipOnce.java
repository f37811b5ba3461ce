package org.flaskapp.platform.compression;

import java.util.zip.Deflater;

/**
 * A kept body's gzip form, made on the first request that accepts gzip and then sent as it is to
 * every other: a kept page costs no compression per request. Compressed as well as gzip can, since
 * it is done once.
 */
public final class GzipOnce {

    private final byte[] body;
    private volatile byte[] gzipped;

    public GzipOnce(byte[] body) {
        this.body = body;
    }

    public byte[] bytes() {
        byte[] made = gzipped;
        if (made == null) {
            // two requests at once may both compress it: the same bytes, and cheaper than a lock
            made = Gzip.compress(body, Deflater.BEST_COMPRESSION);
            gzipped = made;
        }
        return made;
    }
}
