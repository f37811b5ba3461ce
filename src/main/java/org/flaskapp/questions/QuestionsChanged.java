package org.flaskapp.questions;

import org.flaskapp.platform.cache.ContentChanged;

/**
 * Fired by {@link QuestionService} for every write to the questions' tables (a question asked, an
 * answer given, anything moderated); observers may wait for the commit.
 */
public record QuestionsChanged(String what) implements ContentChanged {
}
