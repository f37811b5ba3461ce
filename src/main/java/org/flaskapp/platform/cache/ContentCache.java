package org.flaskapp.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The one door to what this server keeps of the site's content: reads that services ask to keep
 * ({@link #read}) and views as last rendered ({@link RenderedViewCacheFilter}). Each entry counts
 * only while the {@link ContentVersion} it was made at is current, so nothing read or rendered
 * before a write commits (here or on another server) is sent after it. That holds while every
 * write fires {@link ContentChanged}, as JPA's shared cache assumes too. Bounded by Caffeine.
 */
@ApplicationScoped
public class ContentCache {

    static final int MAX_READS = 1_000;
    /**
     * Views are kept per address with its query, and for signed-in readers per session: bounded by
     * size (a list page is some 7 KB; a question with long answers can be 500 KB).
     */
    static final long MAX_VIEW_BYTES = 32L << 20;

    /** Documents such as feeds can be large (20 posts of up to 100,000 characters): bounded by size. */
    static final long MAX_DOCUMENT_BYTES = 32L << 20;

    private record Entry<T>(long version, T value) {
    }

    private final ContentVersion content;
    private final Cache<String, Entry<Object>> reads = Caffeine.newBuilder().maximumSize(MAX_READS).build();
    private final Cache<String, Entry<RenderedView>> views = boundedBySize(MAX_VIEW_BYTES, RenderedView::body);
    private final Cache<String, Entry<KeptDocument>> documents = boundedBySize(MAX_DOCUMENT_BYTES, KeptDocument::body);

    /** A cache of at most {@code maxBytes} of keys and bodies. */
    private static <T> Cache<String, Entry<T>> boundedBySize(long maxBytes, Function<T, byte[]> body) {
        return Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Entry<T> entry) -> key.length() + body.apply(entry.value()).length)
                .build();
    }

    @Inject
    public ContentCache(ContentVersion content) {
        this.content = content;
    }

    ContentCache() { // for the container's proxy
        this(null);
    }

    /**
     * The result kept under {@code key} if still current, else what {@code read} gives now (kept
     * for the next request). {@code key} must name everything the result depends on (the list, its
     * order, the position, whether hidden items are shown); the result is shared by every request
     * that asks the same, so it must not be changed (entities in it are only read).
     */
    @SuppressWarnings("unchecked") // a key is always used for results of one type
    public <T> T read(String key, Supplier<T> read) {
        long readAt = content.current();
        Entry<Object> entry = reads.getIfPresent(key);
        if (entry != null && entry.version() == readAt) {
            return (T) entry.value();
        }
        T result = read.get();
        if (content.known() == readAt) { // else a write committed meanwhile: the result may predate it
            reads.put(key, new Entry<Object>(readAt, result));
        }
        return result;
    }

    /**
     * The document kept under {@code key} if still current, else what {@code make} makes now from
     * the content, given what was kept before (or null; see {@link KeptDocument#of}). Null when
     * {@code make} finds nothing to make (a feed of a category that does not exist): nothing kept.
     */
    public KeptDocument document(String key, UnaryOperator<KeptDocument> make) {
        long madeAt = content.current();
        Entry<KeptDocument> entry = documents.getIfPresent(key);
        if (entry != null && entry.version() == madeAt) {
            return entry.value();
        }
        KeptDocument document = make.apply(entry == null ? null : entry.value());
        if (document != null && content.known() == madeAt) {
            documents.put(key, new Entry<>(madeAt, document));
        }
        return document;
    }

    /** The document kept under {@code key}, if it was made from the current content. */
    public Optional<KeptDocument> keptDocument(String key) {
        Entry<KeptDocument> entry = documents.getIfPresent(key);
        return entry != null && entry.version() == content.current() ? Optional.of(entry.value()) : Optional.empty();
    }

    /** Forgets what is kept under {@code key}: a read that turned out incomplete. */
    public void forget(String key) {
        reads.invalidate(key);
    }

    /**
     * Makes this request see every write committed before it began, on any server: for every
     * request but a visitor's plain GET (a form post, an address with a query, a signed-in user),
     * such as the writer's own next page.
     */
    public void catchUp() {
        content.latest();
    }

    /** The version of the content now; pass it to {@link #keep} for a view rendered from here. */
    long version() {
        return content.current();
    }

    /** The view kept under {@code key}, if it was rendered from the current content. */
    Optional<RenderedView> view(String key) {
        Entry<RenderedView> entry = views.getIfPresent(key);
        return entry != null && entry.version() == content.current() ? Optional.of(entry.value()) : Optional.empty();
    }

    /** How many reads are kept (tests: the bound holds). */
    long keptReads() {
        reads.cleanUp();
        return reads.estimatedSize();
    }

    /** Keeps a view that was rendered from the content as it was at {@code renderedAt}. */
    void keep(String key, long renderedAt, RenderedView view) {
        if (renderedAt == content.known()) { // else it is out of date already
            views.put(key, new Entry<>(renderedAt, view));
        }
    }
}
