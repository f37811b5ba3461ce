package org.flaskapp.questions;

/** A change to the questions that cannot be made; the message says why, in words for the page. */
public class QuestionChangeRefused extends RuntimeException {

    public QuestionChangeRefused(String message) {
        super(message);
    }
}
