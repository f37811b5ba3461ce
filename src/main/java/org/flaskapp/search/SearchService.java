package org.flaskapp.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.flaskapp.platform.cache.ContentCache;

/**
 * Searches the posts and questions: the one thing pages (and, later, the API) call. A search
 * finds every write committed before it began, on any server ({@link SearchFeed#catchUp}).
 */
@ApplicationScoped
public class SearchService {

    /** One page of results, and why it may be incomplete (empty when it is not). */
    public record Found(SearchResults results, Optional<String> incomplete) {
    }

    @Inject
    SearchFeed feed;

    @Inject
    SearchIndex index;

    @Inject
    ContentCache cache;

    /**
     * The page (from 1) of what {@code query} finds in {@code scope}; nothing for a query without a
     * word to find. A search asked again is answered from memory until the next write (the door
     * that every kept read goes through): a word that nearly every item has costs milliseconds of
     * scoring each time, and the words people search for repeat.
     */
    public Found search(SearchQuery query, SearchScope scope, int page) {
        if (!query.hasWords()) {
            return new Found(SearchResults.none(), Optional.empty());
        }
        String key = "search " + scope + " " + page + " " + query.terms();
        Found found = cache.read(key, () -> {
            boolean current = feed.catchUp();
            SearchResults results = index.search(query, scope, page);
            return new Found(results, incomplete(results, current));
        });
        if (found.incomplete().isPresent()) {
            cache.forget(key); // a partial answer is not kept: the next search tries again
        }
        return found;
    }

    private Optional<String> incomplete(SearchResults results, boolean current) {
        if (!index.state().built()) {
            return Optional.of("The search index is being built"
                    + feed.build().map(build -> " (" + build.done() + " of " + build.total() + " items so far)").orElse("")
                    + ": some results may be missing.");
        }
        if (results.timedOut()) {
            return Optional.of("The search took too long and stopped: some results may be missing.");
        }
        return current ? Optional.empty() : Optional.of("The newest changes may be missing from these results.");
    }

    /** The source of a section's items, for their names and addresses. */
    public Optional<SearchSource> section(String name) {
        return Optional.ofNullable(feed.sources().get(name));
    }
}
