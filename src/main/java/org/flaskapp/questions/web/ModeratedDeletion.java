package org.flaskapp.questions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flaskapp.accounts.Caller;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.platform.faces.Redirect;
import org.flaskapp.platform.refusal.NotFound;
import org.flaskapp.platform.urls.Ids;
import org.flaskapp.questions.Answer;
import org.flaskapp.questions.Question;
import org.flaskapp.questions.QuestionService;

/**
 * Backs /questions/delete/{id}/ and /questions/delete/{id}/answers/{answer}/: an administrator is
 * asked before a question (with its answers) or one answer is deleted for good.
 */
@Named
@RequestScoped
public class ModeratedDeletion {

    @Inject
    private QuestionService questions;

    @Inject
    private SignedIn signedIn;

    @Inject
    private FacesContext faces;

    @Inject
    @ManagedProperty("#{param.id}")
    private String id;

    @Inject
    @ManagedProperty("#{param.answer}")
    private String answerId;

    private Question question;
    private Answer answer;

    /** Before the question is asked: administrators only, and what is to be deleted must exist. */
    public void load() {
        signedIn.required().requireAdministrator();
        question = Ids.parse(id).flatMap(q -> questions.find(q, true)).orElse(null);
        answer = Ids.parse(answerId).flatMap(questions::findAnswer)
                .filter(found -> question != null && found.getQuestion().getId().equals(question.getId()))
                .orElse(null);
        if (question == null || answerId != null && answer == null) {
            throw new NotFound("There is nothing to delete at this address.");
        }
    }

    public boolean isOfAnswer() {
        return answerId != null;
    }

    public Question getQuestion() {
        return question;
    }

    public Answer getAnswer() {
        return answer;
    }

    public void delete() {
        Caller moderator = signedIn.required();
        if (isOfAnswer()) {
            questions.deleteAnswer(moderator, Ids.of(answerId));
            Redirect.afterChange(faces, "Deleted the answer.", "/questions/" + id + "/");
        } else {
            questions.deleteQuestion(moderator, Ids.of(id));
            Redirect.afterChange(faces, "Deleted the question and its answers.", "/questions/");
        }
    }
}
