package org.flaskapp.questions;

/** Fired by {@link QuestionService} when a question is stored; observers may wait for the commit. */
public record QuestionAsked(long questionId) {
}
