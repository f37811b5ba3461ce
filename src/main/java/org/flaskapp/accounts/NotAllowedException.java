package org.flaskapp.accounts;

/** A signed-in user asked a service for something their role does not allow: a 403 for pages. */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
