package org.flaskapp.questions;

/**
 * A question as the list shows it: with its number of answers and the answer shown with it (the
 * accepted one, else the first; null when there is none).
 */
public record QuestionSummary(Question question, long answers, Answer featured) {

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
}
