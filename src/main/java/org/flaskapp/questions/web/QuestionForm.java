package org.flaskapp.questions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flaskapp.questions.Question;
import org.flaskapp.questions.QuestionService;

/**
 * Backs the form on /questions/. Faces validates the fields against the constraints on
 * {@link Question}; only a valid pair reaches {@link #submit()}, which stores it and redirects
 * (post/redirect/get) so that a reload cannot submit it again.
 */
@Named
@RequestScoped
public class QuestionForm {

    private final QuestionService questions;
    private final Question question = new Question();

    @Inject
    public QuestionForm(QuestionService questions) {
        this.questions = questions;
    }

    protected QuestionForm() {
        this(null); // for the CDI proxy
    }

    public Question getQuestion() {
        return question;
    }

    public String submit() {
        questions.ask(question);
        return "/questions/index?faces-redirect=true";
    }
}
