package org.flaskapp.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Iterator;

/**
 * Answers two failures that a visitor's post can cause with a view in the site's layout instead
 * of a 500, for every form:
 * <ul>
 *     <li>a view state that is missing, forged or expired ({@link ViewExpiredException}): 400 and
 *     a view that says so and offers the form again;</li>
 *     <li>fields that break an entity's constraints where the view's own validation could not see
 *     it, such as a field left out of the post altogether ({@link ConstraintViolationException}
 *     from a service): 422 and the same view, with the constraints' messages and what was typed.</li>
 * </ul>
 */
public class VisitorErrorExceptionHandlerFactory extends ExceptionHandlerFactory {

    /** The request attribute that tells the expired view which address to offer. */
    static final String FORM_ADDRESS = "formAddress";

    private static final String EXPIRED_VIEW = "/WEB-INF/errorpages/expired.xhtml";

    public VisitorErrorExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
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
                ViewExpiredException expired = causeOf(failure, ViewExpiredException.class);
                ConstraintViolationException invalid = causeOf(failure, ConstraintViolationException.class);
                if (expired != null) {
                    events.remove();
                    showExpired(context);
                } else if (invalid != null) {
                    events.remove();
                    showMessages(context, invalid);
                }
            }
            getWrapped().handle();
        }

        private static void showExpired(FacesContext context) {
            HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
            context.getExternalContext().getRequestMap().put(FORM_ADDRESS, request.getRequestURI());
            context.getExternalContext().setResponseStatus(400);
            context.setViewRoot(context.getApplication().getViewHandler().createView(context, EXPIRED_VIEW));
            context.renderResponse();
        }

        /** The view as posted, with the messages; ValidationFailureStatusListener makes it a 422. */
        private static void showMessages(FacesContext context, ConstraintViolationException invalid) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getMessage(), null));
            }
            context.validationFailed();
            context.renderResponse();
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
