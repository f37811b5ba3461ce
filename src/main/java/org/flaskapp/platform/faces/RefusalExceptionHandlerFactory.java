package org.flaskapp.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.flaskapp.platform.refusal.NotAllowed;
import org.flaskapp.platform.refusal.NotFound;
import org.flaskapp.platform.refusal.Refused;
import org.flaskapp.platform.refusal.TooOften;

/**
 * The one place where a refusal becomes what the user sees, so that a bean only calls its service
 * and says where to go when it worked. {@link Refused}: the site's 404 page, a 403 "Not Allowed",
 * or the form again with the message and all that was typed (422, 409, 429 with
 * {@code Retry-After}); a {@link ConstraintViolationException} that the view's validation could not
 * see (a field left out): 422 and the form; a missing, forged or expired view state: 400 and a page
 * that offers the form again.
 */
public class RefusalExceptionHandlerFactory extends ExceptionHandlerFactory {

    /** The request attribute that tells the expired view which address to offer. */
    static final String FORM_ADDRESS = "formAddress";

    private static final String EXPIRED_VIEW = "/WEB-INF/errorpages/expired.xhtml";
    /** Not the 403 page, which speaks of forms from other sites: this one names what happened. */
    private static final String NOT_ALLOWED_VIEW = "/WEB-INF/errorpages/not-allowed.xhtml";

    public RefusalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                Refused refused = causeOf(failure, Refused.class);
                ViewExpiredException expired = causeOf(failure, ViewExpiredException.class);
                ConstraintViolationException invalid = causeOf(failure, ConstraintViolationException.class);
                if (refused != null) {
                    events.remove();
                    refuse(context, refused);
                } else if (expired != null) {
                    events.remove();
                    showExpired(context);
                } else if (invalid != null) {
                    events.remove();
                    invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage)
                            .forEach(message -> showError(context, message));
                    context.validationFailed(); // ValidationFailureStatusListener makes it a 422
                    context.renderResponse();
                }
            }
            getWrapped().handle();
        }

        private static void refuse(FacesContext context, Refused refused) {
            ExternalContext external = context.getExternalContext();
            if (refused instanceof NotAllowed) {
                show(context, refused.status(), NOT_ALLOWED_VIEW);
                return;
            }
            if (refused instanceof NotFound) {
                try {
                    external.responseSendError(refused.status(), null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                context.responseComplete();
                return;
            }
            if (refused instanceof TooOften tooOften) {
                external.setResponseHeader("Retry-After", Long.toString(Math.max(1, tooOften.retryAfter().toSeconds())));
            }
            showError(context, refused.getMessage());
            external.setResponseStatus(refused.status());
            context.renderResponse();
        }

        private static void showExpired(FacesContext context) {
            HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
            context.getExternalContext().getRequestMap().put(FORM_ADDRESS, request.getRequestURI());
            show(context, 400, EXPIRED_VIEW);
        }

        private static void show(FacesContext context, int status, String view) {
            context.getExternalContext().setResponseStatus(status);
            context.setViewRoot(context.getApplication().getViewHandler().createView(context, view));
            context.renderResponse();
        }

        private static void showError(FacesContext context, String message) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }

        private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (type.isInstance(cause)) {
                    return type.cast(cause);
                }
            }
            return null;
        }
    }
}
