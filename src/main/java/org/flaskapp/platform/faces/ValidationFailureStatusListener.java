package org.flaskapp.platform.faces;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Replies to a form that failed validation with 422 (Unprocessable Content) instead of 200, so
 * clients and tools can tell a rejected submission from an accepted one. The page itself still
 * shows the form with the messages and what the user typed.
 */
public class ValidationFailureStatusListener implements PhaseListener {

    private static final int UNPROCESSABLE_CONTENT = 422;

    @Override
    public void beforePhase(PhaseEvent event) {
        if (event.getFacesContext().isValidationFailed()) {
            event.getFacesContext().getExternalContext().setResponseStatus(UNPROCESSABLE_CONTENT);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
