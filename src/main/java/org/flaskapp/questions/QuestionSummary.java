package org.flaskapp.questions;

import org.flaskapp.platform.text.PlainText;

/**
 * A question as the list shows it: with its number of answers and the answer shown with it (the
 * accepted one, else the first; null when there is none).
 */
public record QuestionSummary(Question question, long answers, Answer featured) {

    /** How much of the featured answer the list shows; the question's page shows it whole. */
    static final int OPENING_LENGTH = 300;

    // Getters for the view (see org.flaskapp.platform.paging.Page on why not the accessors).

    public Question getQuestion() {
        return question;
    }

    public long getAnswers() {
        return answers;
    }

    public Answer getFeatured() {
        return featured;
    }

    /**
     * The start of the featured answer on one line (empty when there is none): a list of ten
     * questions stays a list even when an answer runs to half a megabyte.
     */
    public String getFeaturedOpening() {
        return featured == null ? "" : PlainText.opening(featured.getContent(), OPENING_LENGTH);
    }
}
