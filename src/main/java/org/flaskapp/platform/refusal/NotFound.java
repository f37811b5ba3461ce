package org.flaskapp.platform.refusal;

/** What was asked for is not there (or not for this user): 404 and the site's error page. */
public final class NotFound extends Refused {

    public NotFound(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 404;
    }
}
