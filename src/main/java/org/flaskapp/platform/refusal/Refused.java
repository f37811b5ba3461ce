package org.flaskapp.platform.refusal;

/**
 * Why something a user asked for is not done: the one family of exceptions that services and
 * beans throw for it. The web layer turns each kind into a status and a page in one place
 * ({@code platform.faces.RefusalExceptionHandlerFactory}); the message is in words for that page.
 */
public abstract sealed class Refused extends RuntimeException permits NotFound, NotAllowed, Conflict, Invalid, TooOften {

    protected Refused(String message) {
        super(message);
    }

    /** The HTTP status that says it. */
    public abstract int status();
}
