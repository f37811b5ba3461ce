package org.flaskapp.questions;

import java.util.Collection;
import java.util.List;
import org.flaskapp.platform.cache.ContentChanged;
import org.flaskapp.search.ItemKey;
import org.flaskapp.search.SearchableChange;

/**
 * Fired by {@link QuestionService} for every write to the questions' tables (a question asked, an
 * answer given, anything moderated), naming the question it concerns; observers may wait for the
 * commit.
 */
public record QuestionsChanged(String what, long question) implements ContentChanged, SearchableChange {

    @Override
    public Collection<ItemKey> searchableItems() {
        return List.of(new ItemKey(QuestionSearch.SECTION, question));
    }
}
