package org.flaskapp.questions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Consumer;
import org.flaskapp.accounts.Caller;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.platform.faces.Redirect;
import org.flaskapp.platform.urls.Ids;
import org.flaskapp.questions.Answer;
import org.flaskapp.questions.Question;
import org.flaskapp.questions.QuestionService;

/**
 * Backs /admin/questions/: the newest questions and answers, hidden ones included, each with a
 * one-click hide (or restore) button that names its row in a field of its own.
 */
@Named
@RequestScoped
public class ModerationQueue {

    static final int SHOWN = 20;

    @Inject
    private QuestionService questions;

    @Inject
    private SignedIn signedIn;

    @Inject
    private FacesContext faces;

    @Inject
    @ManagedProperty("#{param.question}")
    private String questionId;

    @Inject
    @ManagedProperty("#{param.answer}")
    private String answerId;

    public List<Question> getQuestions() {
        return questions.newestQuestions(signedIn.required(), SHOWN);
    }

    public List<Answer> getAnswers() {
        return questions.newestAnswers(signedIn.required(), SHOWN);
    }

    public void hideQuestion() {
        change(moderator -> questions.setQuestionHidden(moderator, Ids.of(questionId), true), "Hid the question.");
    }

    public void restoreQuestion() {
        change(moderator -> questions.setQuestionHidden(moderator, Ids.of(questionId), false), "Restored the question.");
    }

    public void hideAnswer() {
        change(moderator -> questions.setAnswerHidden(moderator, Ids.of(answerId), true), "Hid the answer.");
    }

    public void restoreAnswer() {
        change(moderator -> questions.setAnswerHidden(moderator, Ids.of(answerId), false), "Restored the answer.");
    }

    private void change(Consumer<Caller> change, String done) {
        change.accept(signedIn.required());
        Redirect.afterChange(faces, done, "/admin/questions/");
    }
}
