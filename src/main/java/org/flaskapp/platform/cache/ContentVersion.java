package org.flaskapp.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.lang.System.Logger.Level;
import java.util.NavigableSet;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The version that everything {@link ContentCache} keeps is checked against. It moves when a write
 * of this server commits ({@link ContentChanged}) and when this server learns, from the
 * {@link SharedContentVersion} that every write also moves, that another server wrote: read at most
 * every {@value #CHECK_INTERVAL_MILLIS} ms ({@link #current()}), or at once ({@link #latest()}).
 * Another server's write also empties JPA's shared cache (twice: a read in flight may put an old
 * entity back). While the count cannot be read, or its last good read is older than
 * {@value #TRUST_LIMIT_MILLIS} ms, nothing kept counts. A server that no other can share its
 * database with (embedded Derby) reads the count once and never again. See docs/scale-out.md.
 */
@ApplicationScoped
public class ContentVersion {

    static final long CHECK_INTERVAL_MILLIS = 250;
    static final long TRUST_LIMIT_MILLIS = 750;
    private static final long CHECK_INTERVAL = TimeUnit.MILLISECONDS.toNanos(CHECK_INTERVAL_MILLIS);
    private static final long TRUST_LIMIT = TimeUnit.MILLISECONDS.toNanos(TRUST_LIMIT_MILLIS);
    private static final System.Logger LOG = System.getLogger(ContentVersion.class.getName());
    // Made once: they count from the moment the site's registry joins the global one (SiteMetrics).
    private static final Counter READS = Metrics.counter("flaskapp.content.version.reads");
    private static final Counter READ_FAILURES = Metrics.counter("flaskapp.content.version.read.failures");
    private static final Counter MOVED_HERE = Metrics.counter("flaskapp.content.version.moves", "by", "this-server");
    private static final Counter MOVED_ELSEWHERE = Metrics.counter("flaskapp.content.version.moves", "by", "another-server");

    private final AtomicLong version = new AtomicLong();
    private final ReentrantLock reading = new ReentrantLock();
    private final SharedContentVersion shared;
    private final LongSupplier clock;
    /** The shared count each write in flight set, by its event (by identity), until it commits. */
    private final Cache<ContentChanged, Long> writesInFlight = Caffeine.newBuilder().weakKeys().build();
    /** Counts set by this server's committed writes that no read of the shared count has passed yet. */
    private final NavigableSet<Long> ownCounts = new ConcurrentSkipListSet<>();

    /**
     * Set once the first read of the shared count finds that no other server can write (an
     * embedded database): from then on only this server's own commits move the version.
     */
    private volatile boolean alone;
    /** When the last successful read of the shared count started (clock time). */
    private volatile long readAt;
    // guarded by reading:
    private long lastCount = Long.MIN_VALUE;
    private boolean forgetDataAgain;
    private boolean unreachable;

    @Inject
    ContentVersion(SharedContentVersion shared) {
        this(shared, System::nanoTime);
    }

    ContentVersion() { // for the container's proxy
        this(null, System::nanoTime);
    }

    ContentVersion(SharedContentVersion shared, LongSupplier clock) {
        this.shared = shared;
        this.clock = clock;
        this.readAt = clock.getAsLong() - CHECK_INTERVAL;
    }

    /** The version now, as of a read of the shared count at most {@value #CHECK_INTERVAL_MILLIS} ms old. */
    public long current() {
        if (alone) {
            return version.get();
        }
        if (clock.getAsLong() - readAt >= CHECK_INTERVAL) {
            readShared(false);
            if (clock.getAsLong() - readAt >= TRUST_LIMIT) {
                return version.incrementAndGet(); // the read is stuck: this version matches nothing kept
            }
        }
        return version.get();
    }

    /** The version now, as of a read of the shared count that started after this call. */
    public long latest() {
        if (!alone) {
            readShared(true);
        }
        return version.get();
    }

    /** The version kept things compare with, without asking the database. */
    long known() {
        return version.get();
    }

    /** First of the observers of a write (others, such as the search log, record the count it moved to). */
    void writing(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ContentChanged change) {
        writesInFlight.put(change, shared.moveOn());
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        Long count = writesInFlight.getIfPresent(change);
        if (count != null) {
            writesInFlight.invalidate(change);
            ownCounts.add(count);
        }
        MOVED_HERE.increment();
        version.incrementAndGet();
    }

    private void readShared(boolean mustSeeLatest) {
        long askedAt = clock.getAsLong();
        if (mustSeeLatest) {
            reading.lock();
        } else if (!reading.tryLock()) {
            return; // another request is reading it right now, and the interval is not over yet
        }
        try {
            long since = askedAt - readAt;
            if (mustSeeLatest ? since < 0 : since < CHECK_INTERVAL) {
                return; // read meanwhile by another request (for the latest: one that started after this asked)
            }
            long startedAt = clock.getAsLong();
            long count;
            try {
                READS.increment();
                OptionalLong committed = shared.readCommitted();
                if (committed.isEmpty()) {
                    return; // asked inside a transaction: read again outside it
                }
                count = committed.getAsLong();
            } catch (RuntimeException e) {
                READ_FAILURES.increment();
                version.incrementAndGet();
                if (!unreachable) {
                    unreachable = true;
                    LOG.log(Level.WARNING, "Cannot read the shared content version; nothing kept is sent until it can be read", e);
                }
                return;
            }
            alone = !shared.othersCanWrite();
            if (unreachable) {
                unreachable = false;
                LOG.log(Level.INFO, "The shared content version can be read again");
            }
            if (anotherServerWrote(count)) {
                MOVED_ELSEWHERE.increment();
                version.incrementAndGet();
                shared.forgetKeptData();
                forgetDataAgain = true;
            } else if (forgetDataAgain) {
                shared.forgetKeptData();
                forgetDataAgain = false;
            }
            lastCount = count;
            readAt = startedAt;
        } finally {
            reading.unlock();
        }
    }

    /** Whether a count between the last one read and {@code count} was set by another server. */
    private boolean anotherServerWrote(long count) {
        boolean another = lastCount == Long.MIN_VALUE || count < lastCount || count - lastCount > 10_000;
        for (long between = lastCount + 1; !another && between <= count; between++) {
            another = !ownCounts.contains(between);
        }
        ownCounts.headSet(count, true).clear();
        return another;
    }
}
