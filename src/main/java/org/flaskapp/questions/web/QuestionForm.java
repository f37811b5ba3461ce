package org.flaskapp.questions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.flaskapp.platform.guards.RepeatedTextLimit;
import org.flaskapp.questions.Answer;
import org.flaskapp.questions.Question;
import org.flaskapp.questions.QuestionService;

/**
 * Backs the form on /questions/: a question and, optionally, its first answer. Faces validates the
 * fields against the constraints on {@link Question} and on {@link #getAnswer()}; only a valid
 * pair reaches {@link #submit()}, which stores it and redirects (post/redirect/get) so that a
 * reload cannot submit it again. The same question sent too often from one address gets 429.
 * <p>
 * The redirect goes to {@code /questions/?asked=ID}, which says "Your question was posted" (the
 * asker has no session for a notice); like every address with a query it is rendered after
 * catching up, so the asker sees the question whichever server serves it (docs/scale-out.md).
 */
@Named
@RequestScoped
public class QuestionForm {

    @Inject
    private QuestionService questions;

    @Inject
    private RepeatedTextLimit repeats;

    @Inject
    private FacesContext faces;

    private final Question question = new Question();

    @Size(max = Answer.CONTENT_MAX_LENGTH, message = "An answer can be at most {max} characters long.")
    private String answer;

    public Question getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String submit() {
        repeats.count(question.getContent());
        Question asked = questions.ask(question, answer);
        return "/questions/index?faces-redirect=true&asked=" + asked.getId();
    }
}
