package org.flaskapp.questions.web;

import jakarta.faces.context.FacesContext;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.flaskapp.accounts.Caller;
import org.flaskapp.accounts.NotAllowedException;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.platform.faces.Answers;
import org.flaskapp.platform.faces.Notice;
import org.flaskapp.questions.QuestionChangeRefused;

/** What every moderation button does, on a question's page and in the queue alike. */
final class Moderation {

    private Moderation() {
    }

    /**
     * Makes {@code change} as the signed-in user, then leaves the notice {@code done} and
     * redirects to {@code backTo}; 403 when the user may not moderate, 404 when what they
     * moderate is gone (or its id is not one).
     */
    static void carryOut(FacesContext faces, SignedIn signedIn, Consumer<Caller> change, String done, String backTo) {
        try {
            change.accept(signedIn.required());
        } catch (NotAllowedException notAllowed) {
            Answers.forbidden(faces);
            return;
        } catch (QuestionChangeRefused | NoSuchElementException gone) {
            Answers.notFound(faces);
            return;
        }
        Notice.leave(faces.getExternalContext(), done);
        Answers.redirect(faces, backTo);
    }
}
