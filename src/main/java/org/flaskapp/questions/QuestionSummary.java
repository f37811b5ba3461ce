package org.flaskapp.questions;

/**
 * A question as the list shows it: with its number of answers and the answer shown with it (the
 * accepted one, else the first; null when there is none).
 */
public record QuestionSummary(Question question, long answers, Answer featured) {
}
