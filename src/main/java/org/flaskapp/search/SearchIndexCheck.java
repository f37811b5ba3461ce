package org.flaskapp.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.flaskapp.platform.operations.health.HealthCheck;

/**
 * Readiness: the search index is built. While it is being built (a new server, a restored
 * database) searches miss items, so a balancer with another server ready sends them there.
 */
@ApplicationScoped
public class SearchIndexCheck implements HealthCheck {

    @Inject
    SearchIndex index;

    @Inject
    SearchFeed feed;

    @Override
    public String name() {
        return "search-index";
    }

    @Override
    public Optional<String> problem() {
        if (index.state().built()) {
            return Optional.empty();
        }
        return Optional.of("the search index is being built"
                + feed.build().map(build -> " (" + build.done() + " of " + build.total() + " items)").orElse(""));
    }
}
