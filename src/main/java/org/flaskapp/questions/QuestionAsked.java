package org.flaskapp.questions;

import org.flaskapp.platform.cache.ContentChanged;

/** Fired by {@link QuestionService} when a question is stored; observers may wait for the commit. */
public record QuestionAsked(Question question) implements ContentChanged {
}
