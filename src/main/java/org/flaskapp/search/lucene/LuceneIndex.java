package org.flaskapp.search.lucene;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flaskapp.platform.text.PlainText;
import org.flaskapp.search.IndexState;
import org.flaskapp.search.ItemKey;
import org.flaskapp.search.SearchHit;
import org.flaskapp.search.SearchIndex;
import org.flaskapp.search.SearchQuery;
import org.flaskapp.search.SearchResults;
import org.flaskapp.search.SearchScope;
import org.flaskapp.search.Searchable;

/**
 * The {@link SearchIndex} embedded in this server: Lucene, in a folder of its own
 * ({@link IndexFolder}), its files read through the operating system's page cache rather than the
 * heap. Changes are visible to searches as soon as {@link #update} returns (a near-real-time
 * reader); {@link #commit} makes them durable, with the {@link IndexState} in the commit's data.
 */
@ApplicationScoped
public class LuceneIndex implements SearchIndex {

    static final String KEY = "key";
    static final String SECTION = "section";
    static final String ID = "id";
    static final String HIDDEN = "hidden";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String HIDDEN_TEXT = "hiddenText";
    static final String DATE = "date";

    /** Names the fields and analyzers above: an index made with another layout is built again. */
    static final String LAYOUT = "2";
    /**
     * The searched fields keep where each word is in the text, so that the highlighter marks them
     * from the index instead of analysing each result's text again (which took most of a search
     * that found many items).
     */
    private static final FieldType TEXT_WITH_OFFSETS = textType(true);
    private static final FieldType EXACT_TEXT = textType(false);

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
    /** What one item's texts are indexed of, at most (a question's answers may add up to much more). */
    static final int MAX_TEXT = 1_000_000;
    /** How much of a text the highlighter reads for a snippet. */
    static final int MAX_SNIPPET_SOURCE = 20_000;
    static final int SNIPPET_LENGTH = 180;
    static final long TIME_LIMIT_MILLIS = 500; // with the catch-up before it (at most 500 ms too), a search ends within a second
    private static final long REFRESH_DURING_BUILD = TimeUnit.SECONDS.toNanos(1);

    private static final Sort BEST_THEN_NEWEST = new Sort(SortField.FIELD_SCORE, new SortField(DATE, SortField.Type.LONG, true));
    private static final System.Logger LOG = System.getLogger(LuceneIndex.class.getName());

    @Inject
    @ConfigProperty(name = IndexFolder.SETTING)
    Optional<String> configuredFolder;

    private final Analyzer analyzer = SearchAnalyzers.perField(TITLE, TEXT, HIDDEN_TEXT);
    private final LuceneQueries queries = new LuceneQueries(analyzer);
    private Path folder;
    private boolean temporaryFolder;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile IndexState state;
    private long refreshedAt;

    /** An index in {@code directory} (tests: in memory). */
    public static LuceneIndex in(Directory directory) throws IOException {
        LuceneIndex index = new LuceneIndex();
        index.open(directory);
        return index;
    }

    @PostConstruct
    void openFolder() {
        folder = IndexFolder.of(configuredFolder);
        try {
            Files.createDirectories(folder);
            open(FSDirectory.open(folder));
        } catch (LockObtainFailedException e) {
            LOG.log(System.Logger.Level.WARNING, "The search index folder {0} is held by another index; this one is built in a temporary folder", folder);
            folder = IndexFolder.temporary();
            temporaryFolder = true;
            openFolderQuietly();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + folder, e);
        }
        LOG.log(System.Logger.Level.INFO, "Search index in {0}: {1} items", folder, size());
    }

    private void openFolderQuietly() {
        try {
            open(FSDirectory.open(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + folder, e);
        }
    }

    private void open(Directory directory) throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(16)
                .setCommitOnClose(true));
        searchers = new SearcherManager(writer, null);
        state = readState();
    }

    private IndexState readState() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> committed = writer.getLiveCommitData();
        if (committed != null) {
            committed.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        if (!LAYOUT.equals(data.get("layout"))) {
            return IndexState.NEVER_BUILT;
        }
        return new IndexState(data.get("origin"), Long.parseLong(data.get("through")), data.get("buildFrom"));
    }

    /**
     * Makes what was put in visible to searches, then says so in the state: a search that finds
     * the state at a version must find every change up to it (it reads the state without a lock).
     */
    private void publish(IndexState kept) throws IOException {
        writer.setLiveCommitData(Map.of("layout", LAYOUT, "origin", kept.origin(),
                "through", Long.toString(kept.through()), "buildFrom", kept.buildFrom()).entrySet());
        // A batch of a build moves no version: its items may wait for the next refresh (a refresh
        // after each batch made a segment of each, and the build several times slower).
        boolean versionMoved = state == null || kept.through() != state.through() || !kept.origin().equals(state.origin())
                || kept.built() != state.built();
        if (versionMoved || System.nanoTime() - refreshedAt > REFRESH_DURING_BUILD) {
            searchers.maybeRefreshBlocking();
            refreshedAt = System.nanoTime();
        }
        state = kept;
    }

    @PreDestroy
    void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not close the search index cleanly; it is checked on the next start", e);
        }
        if (temporaryFolder) {
            IndexFolder.delete(folder);
        }
    }

    @Override
    public IndexState state() {
        return state;
    }

    @Override
    public synchronized void update(Collection<Searchable> items, Collection<ItemKey> removed, IndexState after) {
        try {
            for (Searchable item : items) {
                writer.updateDocument(new Term(KEY, item.key().toString()), document(item));
            }
            for (ItemKey key : removed) {
                writer.deleteDocuments(new Term(KEY, key.toString()));
            }
            publish(after);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the search index", e);
        }
    }

    private static Document document(Searchable item) {
        Document document = new Document();
        document.add(new StringField(KEY, item.key().toString(), Field.Store.NO));
        document.add(new StringField(SECTION, item.section(), Field.Store.YES));
        document.add(new StoredField(ID, item.id()));
        document.add(new StringField(HIDDEN, Boolean.toString(item.hidden()), Field.Store.YES));
        addText(document, TITLE, item.title());
        addText(document, TEXT, item.text());
        addText(document, HIDDEN_TEXT, item.hiddenText());
        long date = item.date().toInstant(ZoneOffset.UTC).toEpochMilli();
        document.add(new NumericDocValuesField(DATE, date));
        document.add(new StoredField(DATE, date));
        return document;
    }

    private static void addText(Document document, String field, String text) {
        String indexed = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        document.add(new Field(field, indexed, TEXT_WITH_OFFSETS));
        document.add(new Field(field + SearchAnalyzers.EXACT, indexed, EXACT_TEXT));
    }

    @Override
    public synchronized void clear(IndexState fresh) {
        try {
            writer.deleteAll();
            publish(fresh);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty the search index", e);
        }
    }

    @Override
    public synchronized void commit() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the search index", e);
        }
    }

    @Override
    public long size() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public SearchResults search(SearchQuery query, SearchScope scope, int page) {
        Optional<Query> lucene = queries.toLucene(query, scope);
        if (lucene.isEmpty()) {
            return SearchResults.none();
        }
        int position = Math.max(1, Math.min(page, SearchResults.MAX_PAGES));
        int from = (position - 1) * SearchResults.PAGE_SIZE;
        try {
            IndexSearcher shared = searchers.acquire();
            try {
                // a searcher of its own, for a time limit of its own
                IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
                searcher.setTimeout(new QueryTimeoutImpl(TIME_LIMIT_MILLIS));
                TopDocs top = searcher.search(lucene.get(), from + SearchResults.PAGE_SIZE + 1, BEST_THEN_NEWEST, true);
                ScoreDoc[] found = top.scoreDocs;
                int to = Math.min(found.length, from + SearchResults.PAGE_SIZE);
                ScoreDoc[] onPage = from < to ? java.util.Arrays.copyOfRange(found, from, to) : new ScoreDoc[0];
                Query toMark = queries.toMark(query, scope.withHidden()).orElse(lucene.get());
                List<SearchHit> hits = hits(searcher, toMark, new TopDocs(top.totalHits, onPage), scope.withHidden());
                boolean hasMore = found.length > to && position < SearchResults.MAX_PAGES;
                return new SearchResults(hits, top.totalHits.value, top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO,
                        hasMore, searcher.timedOut());
            } finally {
                searchers.release(shared);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the index", e);
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query toMark, TopDocs onPage, boolean withHidden) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkedSnippet())
                .withFieldMatcher(LuceneIndex::isText)
                .withMaxLength(MAX_SNIPPET_SOURCE)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.3f))
                .build();
        String[] fields = withHidden ? new String[] {TITLE, TEXT, HIDDEN_TEXT} : new String[] {TITLE, TEXT};
        int[] passages = withHidden ? new int[] {1, 1, 1} : new int[] {1, 1};
        Map<String, String[]> marked = highlighter.highlightFields(fields, toMark, onPage, passages);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < onPage.scoreDocs.length; i++) {
            Document document = stored.document(onPage.scoreDocs[i].doc);
            String title = orEscaped(marked.get(TITLE)[i], document.get(TITLE));
            String text = orEscaped(marked.get(TEXT)[i], "");
            boolean inHidden = withHidden && !text.contains("<mark>") && marked.get(HIDDEN_TEXT)[i] != null
                    && marked.get(HIDDEN_TEXT)[i].contains("<mark>");
            hits.add(new SearchHit(new ItemKey(document.get(SECTION), document.getField(ID).numericValue().longValue()),
                    title, inHidden ? marked.get(HIDDEN_TEXT)[i] : text,
                    LocalDateTime.ofInstant(Instant.ofEpochMilli(document.getField(DATE).numericValue().longValue()), ZoneOffset.UTC),
                    Boolean.parseBoolean(document.get(HIDDEN)), inHidden));
        }
        return hits;
    }

    private static String orEscaped(String marked, String plain) {
        if (marked != null) {
            return marked;
        }
        StringBuilder html = new StringBuilder();
        PlainText.escape(plain, 0, plain.length(), html);
        return html.toString();
    }

    /** The fields whose words a result marks: not the filters (section, hidden). */
    private static boolean isText(String field) {
        return field.startsWith(TITLE) || field.startsWith(TEXT) || field.startsWith(HIDDEN_TEXT);
    }
}
