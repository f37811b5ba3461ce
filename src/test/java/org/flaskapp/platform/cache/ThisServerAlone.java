package org.flaskapp.platform.cache;

import java.util.OptionalLong;

/** The shared count of a server on its own: only its own writes move it. */
final class ThisServerAlone implements SharedContentVersion {

    private long count;

    @Override
    public OptionalLong readCommitted() {
        return OptionalLong.of(count);
    }

    @Override
    public long moveOn() {
        return ++count;
    }

    @Override
    public void forgetKeptData() {
    }
}
