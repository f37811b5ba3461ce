package org.flaskapp.platform.refusal;

/** The user (or a visitor who is not signed in) may not do this: 403 and the site's error page. */
public final class NotAllowed extends Refused {

    public NotAllowed(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }
}
