package org.flaskapp.search;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps this server's {@link SearchIndex} current with the database: every
 * {@value #POLL_MILLIS} ms it reads the {@link SearchLog} after the version the index has and
 * puts the items named there in again, read fresh by their {@link SearchSource} (or takes them
 * out, when they are gone). A search first brings the index up to the version committed when it
 * began ({@link #catchUp}), so it finds every write committed before it, on any server.
 * <p>
 * An index that is new, built from another database, ahead of the database (which was restored
 * from a backup) or older than the changes the log still holds ({@value #KEEP_LOG_DAYS} days) is
 * built again from every item, in batches, while the site serves: searches meanwhile find what is
 * built so far and say so.
 */
@ApplicationScoped
public class SearchFeed {

    static final long POLL_MILLIS = 250;
    static final int BATCH = 500;
    static final long COMMIT_EVERY_MILLIS = 5_000;
    static final long BUILD_SLICE_MILLIS = 2_000;
    /** How long the log keeps a change: a server down for longer builds its index again. */
    static final int KEEP_LOG_DAYS = 7;
    /** The longest a search waits for the index to take in the changes committed before it. */
    static final long CATCH_UP_MILLIS = 500;
    private static final System.Logger LOG = System.getLogger(SearchFeed.class.getName());

    /** A full build under way: how many items it has put in of how many there were when it began. */
    public record Build(long done, long total) {
    }

    @Inject
    SearchLog log;

    @Inject
    SearchIndex index;

    @Inject
    Instance<SearchSource> sourceBeans;

    /**
     * Threads with the application's context, for an executor of its own: WildFly's managed
     * scheduled executor refuses each round while the server is suspended (a stop's first 30 s)
     * and logs an error with its stack trace for it, four times a second.
     */
    @Resource
    ManagedThreadFactory threads;

    @Resource
    UserTransaction transaction;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Fair, so that a search waiting to catch up gets its turn between two batches of a build. */
    private final ReentrantLock updating = new ReentrantLock(true);
    private Map<String, SearchSource> sources;
    private ScheduledExecutorService executor;
    private volatile boolean stopping;
    private volatile Optional<Build> build = Optional.empty();
    private long committedAt = System.nanoTime();
    private long buildStarted;
    private long prunedAt = System.nanoTime() - TimeUnit.HOURS.toNanos(1);
    private boolean failing;

    /** After the migrations (which observe the same event first). */
    void start(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) @Initialized(ApplicationScoped.class) Object started) {
        sources();
        executor = Executors.newSingleThreadScheduledExecutor(threads);
        executor.scheduleWithFixedDelay(this::poll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Before any bean of the application is destroyed: a round still running needs the index open. */
    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopped) {
        stopping = true;
        if (executor != null) {
            executor.shutdown(); // no round after the one running, if any
        }
        updating.lock();
        try {
            index.commit();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not commit the search index at shutdown; the next start reads the log again from its last commit", e);
        } finally {
            updating.unlock();
        }
    }

    /** The sections that can be searched, by name, in a fixed order (a build goes through them so). */
    public Map<String, SearchSource> sources() {
        if (sources == null) {
            Map<String, SearchSource> found = new LinkedHashMap<>();
            sourceBeans.stream().sorted(Comparator.comparing(SearchSource::section)).forEach(source -> found.put(source.section(), source));
            sources = found;
        }
        return sources;
    }

    /** The build under way, if the index is being built. */
    public Optional<Build> build() {
        return build;
    }

    /**
     * Brings the index up to every change committed before this call, waiting at most
     * {@value #CATCH_UP_MILLIS} ms; false when it could not (the database cannot be read, or a
     * long batch held the index that long).
     */
    public boolean catchUp() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CATCH_UP_MILLIS);
        if (transactions.getTransactionKey() != null) {
            return false; // asked inside a transaction, whose own uncommitted changes must not be read
        }
        try {
            long version = log.committedVersion();
            if (index.state().through() >= version) {
                return true;
            }
            if (!updating.tryLock(CATCH_UP_MILLIS, TimeUnit.MILLISECONDS)) {
                return false;
            }
            try {
                while (index.state().through() < version && System.nanoTime() < deadline && isSameDatabase()) {
                    if (!applyChanges(version)) {
                        return false; // the next round builds it again
                    }
                }
                return index.state().through() >= version;
            } finally {
                updating.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A search could not bring the index up to date; it searched the index as it was", e);
            return false;
        }
    }

    /** Runs {@code change} on the index while nothing else changes it (tests: set a state by hand). */
    void whileNotFeeding(Runnable change) {
        updating.lock();
        try {
            change.run();
        } finally {
            updating.unlock();
        }
    }

    private boolean isSameDatabase() {
        return index.state().origin().equals(log.origin());
    }

    /**
     * One round of the executor's task, in a transaction of its own that only reads: a
     * transaction-scoped persistence context outside a transaction is not for threads that no
     * request started (Payara closes it after the first round).
     */
    private void poll() {
        if (stopping || !updating.tryLock()) {
            return;
        }
        try {
            transaction.begin();
            try {
                keepCurrent();
            } finally {
                transaction.rollback(); // nothing was written
            }
            pruneNowAndThen();
            if (failing) {
                failing = false;
                LOG.log(Level.INFO, "The search index is fed from the database again");
            }
        } catch (RuntimeException | NotSupportedException | SystemException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Cannot feed the search index from the database; searches find what it had", e);
            }
        } finally {
            updating.unlock();
        }
    }

    /** One round: build again if the index is not this database's, take in the changes, go on with a build. */
    private void keepCurrent() {
        long version = log.committedVersion();
        String origin = log.origin();
        IndexState state = index.state();
        if (state.origin().isEmpty()) {
            buildAgain(origin, version, "Building the search index");
        } else if (!state.origin().equals(origin) || version < state.through()) {
            buildAgain(origin, version, "The search index was built from another database, or one restored since: building it again");
        }
        while (index.state().through() < version && !stopping) {
            if (!applyChanges(version)) {
                buildAgain(origin, version, "The changes since the search index's version were deleted from the log: building it again");
            }
        }
        if (!index.state().built()) {
            buildSome();
        }
        commitNowAndThen();
    }

    private void buildAgain(String origin, long version, String why) {
        LOG.log(Level.INFO, why);
        index.clear(IndexState.toBuild(origin, version, sources().keySet().iterator().next()));
        build = Optional.empty();
    }

    /**
     * Takes in the logged changes after the index's version, up to {@code version} (one batch of
     * them); false, taking in nothing, when some of them were deleted from the log (after a week).
     */
    private boolean applyChanges(long version) {
        IndexState state = index.state();
        SearchLog.Batch batch = log.between(state.through(), version, BATCH);
        if (log.prunedThrough() > state.through()) { // read after the batch: it may have been deleted under it
            return false;
        }
        Map<String, Set<Long>> bySection = new LinkedHashMap<>();
        for (SearchLog.Logged change : batch.changes()) {
            bySection.computeIfAbsent(change.item().section(), section -> new LinkedHashSet<>()).add(change.item().id());
        }
        List<Searchable> items = new ArrayList<>();
        List<ItemKey> removed = new ArrayList<>();
        bySection.forEach((section, ids) -> {
            SearchSource source = sources().get(section);
            if (source == null) {
                return; // a section this version of the site does not search
            }
            List<Searchable> found = source.items(ids);
            items.addAll(found);
            Set<Long> gone = new HashSet<>(ids);
            found.forEach(item -> gone.remove(item.id()));
            gone.forEach(id -> removed.add(new ItemKey(section, id)));
        });
        index.update(items, removed, state.through(batch.through()));
        return true;
    }

    /**
     * Reads items in batches for at most {@value #BUILD_SLICE_MILLIS} ms, taking in the logged
     * changes between two; the next rounds go on (a short round lets the changes of a write, and
     * a search waiting for them, in between).
     */
    private void buildSome() {
        if (build.isEmpty()) {
            buildStarted = System.nanoTime();
            build = Optional.of(new Build(0, sources().values().stream().mapToLong(SearchSource::count).sum()));
        }
        long sliceEnds = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUILD_SLICE_MILLIS);
        while (!index.state().built() && !stopping && System.nanoTime() < sliceEnds) {
            int read = buildBatch();
            build = build.map(progress -> new Build(progress.done() + read, progress.total()));
            long version = log.committedVersion();
            while (index.state().through() < version && !stopping && applyChanges(version)) {
                // the changes made meanwhile, before the next batch
            }
            // let a waiting search take its turn (the lock is fair)
            updating.unlock();
            updating.lock();
        }
        if (index.state().built()) {
            build = Optional.empty();
            index.commit();
            LOG.log(Level.INFO, "Search index built: {0} items in {1} s", index.size(),
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - buildStarted));
        }
    }

    /** Puts the next batch of the build in; how many items it read. */
    private int buildBatch() {
        IndexState state = index.state();
        String[] from = state.buildFrom().split(":");
        SearchSource source = sources().get(from[0]);
        List<Long> ids = source == null ? List.of() : source.idsAfter(Long.parseLong(from[1]), BATCH);
        if (ids.isEmpty()) {
            index.update(List.of(), List.of(), state.buildingFrom(sectionAfter(from[0]).map(next -> next + ":0").orElse("")));
            return 0;
        }
        List<Searchable> items = source.items(ids);
        index.update(items, List.of(), state.buildingFrom(from[0] + ":" + ids.get(ids.size() - 1)));
        return items.size();
    }

    private Optional<String> sectionAfter(String section) {
        return sources().keySet().stream().filter(name -> name.compareTo(section) > 0).findFirst();
    }

    /** Deletes the log's changes older than {@value #KEEP_LOG_DAYS} days, once an hour (each server; the second finds nothing). */
    private void pruneNowAndThen() throws NotSupportedException, SystemException {
        if (System.nanoTime() - prunedAt < TimeUnit.HOURS.toNanos(1)) {
            return;
        }
        prunedAt = System.nanoTime();
        transaction.begin();
        try {
            log.prune(Instant.now().minus(KEEP_LOG_DAYS, ChronoUnit.DAYS));
            transaction.commit();
        } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete old changes from the search log; tried again in an hour", e);
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        }
    }

    private void commitNowAndThen() {
        if (System.nanoTime() - committedAt > TimeUnit.MILLISECONDS.toNanos(COMMIT_EVERY_MILLIS)) {
            index.commit();
            committedAt = System.nanoTime();
        }
    }
}
