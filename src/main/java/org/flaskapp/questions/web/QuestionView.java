package org.flaskapp.questions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.function.Consumer;
import org.flaskapp.accounts.Caller;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.platform.faces.Redirect;
import org.flaskapp.platform.guards.RepeatedTextLimit;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PageRequest;
import org.flaskapp.platform.refusal.NotFound;
import org.flaskapp.platform.text.PlainText;
import org.flaskapp.platform.urls.Ids;
import org.flaskapp.questions.Answer;
import org.flaskapp.questions.Question;
import org.flaskapp.questions.QuestionService;

/**
 * Backs /questions/{id}/: the question, its answers (the accepted one first, then oldest first,
 * fifty a page), the form to add an answer, and for administrators the moderation buttons. Each
 * answer's buttons name their answer in a field of their own ({@code answer}).
 */
@Named
@RequestScoped
public class QuestionView {

    static final int ANSWERS_PER_PAGE = 50;
    static final int DESCRIPTION_LENGTH = 160;

    @Inject
    private QuestionService questions;

    @Inject
    private SignedIn signedIn;

    @Inject
    private RepeatedTextLimit repeats;

    @Inject
    private FacesContext faces;

    @Inject
    @ManagedProperty("#{param.id}")
    private String id;

    @Inject
    @ManagedProperty("#{param.page}")
    private String requestedPage;

    @Inject
    @ManagedProperty("#{param.answer}")
    private String answerId;

    private Question question;
    private Page<Answer> answers;

    @NotBlank(message = "Please enter an answer.")
    @Size(max = Answer.CONTENT_MAX_LENGTH, message = "An answer can be at most {max} characters long.")
    private String content;

    /** Before the view renders: 404 unless the question is there for this visitor. */
    public void load() {
        if (getQuestion() == null) {
            throw new NotFound("There is no question " + id + ".");
        }
    }

    public Question getQuestion() {
        if (question == null) {
            question = Ids.parse(id).flatMap(q -> questions.find(q, isModerator())).orElse(null);
        }
        return question;
    }

    /** The question's opening words, for search engines and sharing. */
    public String getDescription() {
        return getQuestion() == null ? "" : PlainText.opening(getQuestion().getContent(), DESCRIPTION_LENGTH);
    }

    public Page<Answer> getAnswers() {
        if (answers == null && getQuestion() == null) {
            answers = Page.empty(); // the view is a 404
        } else if (answers == null) {
            answers = questions.answers(getQuestion(), PageRequest.parse(requestedPage, ANSWERS_PER_PAGE), isModerator());
        }
        return answers;
    }

    public boolean isModerator() {
        return signedIn.isAdministrator();
    }

    /** Stores the answer and shows the question again (post/redirect/get). */
    public void answer() {
        repeats.count(content);
        questions.answer(Ids.of(id), content);
        Redirect.to(faces, "/questions/" + id + "/");
    }

    public void hideQuestion() {
        moderate(caller -> questions.setQuestionHidden(caller, questionId(), true), "Hid the question.");
    }

    public void restoreQuestion() {
        moderate(caller -> questions.setQuestionHidden(caller, questionId(), false), "Restored the question.");
    }

    public void hideAnswer() {
        moderate(caller -> questions.setAnswerHidden(caller, answerId(), true), "Hid the answer.");
    }

    public void restoreAnswer() {
        moderate(caller -> questions.setAnswerHidden(caller, answerId(), false), "Restored the answer.");
    }

    public void accept() {
        moderate(caller -> questions.accept(caller, answerId()), "Accepted the answer.");
    }

    private void moderate(Consumer<Caller> change, String done) {
        change.accept(signedIn.required());
        Redirect.afterChange(faces, done, "/questions/" + id + "/");
    }

    private long questionId() {
        return Ids.of(id);
    }

    private long answerId() {
        return Ids.of(answerId);
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }
}
