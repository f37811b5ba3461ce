package org.flaskapp.questions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.flaskapp.accounts.Caller;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.platform.faces.Answers;
import org.flaskapp.platform.faces.Notice;
import org.flaskapp.platform.urls.Ids;
import org.flaskapp.questions.Answer;
import org.flaskapp.questions.Question;
import org.flaskapp.questions.QuestionChangeRefused;
import org.flaskapp.questions.QuestionService;

/**
 * Backs /questions/{id}/delete/ and /questions/{id}/answers/{answer}/delete/: an administrator is
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
        if (!signedIn.isAdministrator()) {
            Answers.forbidden(faces);
            return;
        }
        question = Ids.parse(id).flatMap(q -> questions.find(q, true)).orElse(null);
        answer = Ids.parse(answerId).flatMap(questions::findAnswer)
                .filter(found -> question != null && found.getQuestion().getId().equals(question.getId()))
                .orElse(null);
        if (question == null || answerId != null && answer == null) {
            Answers.notFound(faces);
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
        Optional<Caller> caller = signedIn.caller().filter(Caller::isAdministrator);
        if (caller.isEmpty()) {
            Answers.forbidden(faces);
            return;
        }
        try {
            if (isOfAnswer()) {
                questions.deleteAnswer(caller.get(), Ids.parse(answerId).orElseThrow());
                Notice.leave(faces.getExternalContext(), "Deleted the answer.");
                Answers.redirect(faces, "/questions/" + id + "/");
            } else {
                questions.deleteQuestion(caller.get(), Ids.parse(id).orElseThrow());
                Notice.leave(faces.getExternalContext(), "Deleted the question and its answers.");
                Answers.redirect(faces, "/questions/");
            }
        } catch (QuestionChangeRefused | NoSuchElementException gone) {
            Answers.notFound(faces);
        }
    }
}
