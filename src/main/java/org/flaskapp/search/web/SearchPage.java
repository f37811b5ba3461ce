package org.flaskapp.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.urls.QueryString;
import org.flaskapp.search.SearchHit;
import org.flaskapp.search.SearchQuery;
import org.flaskapp.search.SearchResults;
import org.flaskapp.search.SearchScope;
import org.flaskapp.search.SearchService;
import org.flaskapp.search.SearchSource;

/**
 * Backs /search/: {@code ?q=} what was typed, {@code ?in=posts} or {@code ?in=questions} to look in
 * one section, {@code ?page=N} the page of results. Every input is a query (see
 * {@link SearchQuery}); administrators also find what is hidden, marked as such.
 */
@Named
@RequestScoped
public class SearchPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** One result as the page shows it; the two HTML texts are escaped but for their marks. */
    public record Result(String kind, String address, String titleHtml, String snippetHtml, String date, String hiddenNote) {

        // getters for the view (see Page)
        public String getKind() {
            return kind;
        }

        public String getAddress() {
            return address;
        }

        public String getTitleHtml() {
            return titleHtml;
        }

        public String getSnippetHtml() {
            return snippetHtml;
        }

        public String getDate() {
            return date;
        }

        public String getHiddenNote() {
            return hiddenNote;
        }
    }

    @Inject
    private SearchService search;

    @Inject
    private SignedIn signedIn;

    @Inject
    private HttpServletRequest request;

    private SearchQuery query;
    private SearchService.Found found;
    private Page<Result> shownResults;

    public SearchQuery getQuery() {
        if (query == null) {
            query = SearchQuery.parse(parameter("q"));
        }
        return query;
    }

    /** What the field shows: the query as it was read (cut, if it was too long). */
    public String getText() {
        return getQuery().text();
    }

    /** The section searched alone, if {@code ?in=} names one. */
    public String getSection() {
        String in = parameter("in");
        return in != null && search.section(in).isPresent() ? in : "";
    }

    /** A parameter of the address, decoded as UTF-8 on every server; null when absent. */
    private String parameter(String name) {
        return QueryString.parameter(request.getQueryString(), name).orElse(null);
    }

    public boolean isAsked() {
        return !getQuery().isEmpty();
    }

    public boolean isWithoutWords() {
        return isAsked() && !getQuery().hasWords();
    }

    public boolean isCut() {
        return getQuery().cut();
    }

    public int getMaxLength() {
        return SearchQuery.MAX_LENGTH;
    }

    public int getMaxTerms() {
        return SearchQuery.MAX_TERMS;
    }

    /** Why the results may be incomplete, or null. */
    public String getIncomplete() {
        return found().incomplete().orElse(null);
    }

    /** The page of results as the view shows it; the view asks several times, so it is made once. */
    public Page<Result> getResults() {
        if (shownResults == null) {
            shownResults = shownResults();
        }
        return shownResults;
    }

    private Page<Result> shownResults() {
        SearchResults results = found().results();
        int number = pageNumber();
        List<Result> shown = results.hits().stream().map(this::shown).toList();
        String newer = number > 2 ? "page=" + (number - 1) : number == 2 ? "" : null; // the first page has no number
        return new Page<>(shown, number, newer, results.hasMore() ? "page=" + (number + 1) : null);
    }

    /** How many matched, as a phrase ("3 results", "more than 1000 results"). */
    public String getCount() {
        SearchResults results = found().results();
        String noun = results.total() == 1 ? " result" : " results";
        return (results.totalIsAtLeast() ? "more than " + results.total() : Long.toString(results.total())) + noun;
    }

    /** What every page of results keeps in its address before the page ("q=...&amp;in=posts&amp;"). */
    public String getKeptQuery() {
        return "q=" + URLEncoder.encode(getText(), StandardCharsets.UTF_8) + "&"
                + (getSection().isEmpty() ? "" : "in=" + getSection() + "&");
    }

    private SearchService.Found found() {
        if (found == null) {
            SearchScope scope = new SearchScope(getSection().isEmpty() ? Optional.empty() : Optional.of(getSection()),
                    signedIn.isAdministrator());
            found = search.search(getQuery(), scope, pageNumber());
        }
        return found;
    }

    private int pageNumber() {
        try {
            return Math.max(1, Math.min(SearchResults.MAX_PAGES, Integer.parseInt(parameter("page"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private Result shown(SearchHit hit) {
        Optional<SearchSource> source = search.section(hit.key().section());
        String hiddenNote = hit.hidden() ? "hidden" : hit.foundInHiddenText() ? "found in a hidden answer" : null;
        return new Result(source.map(SearchSource::itemName).orElse(hit.key().section()),
                source.map(s -> s.address(hit.key().id())).orElse("/"),
                hit.title(), hit.snippetHtml(), DATE.format(hit.date()), hiddenNote);
    }
}
