package org.flaskapp.platform.refusal;

/** The change breaks a rule; the message says which: 422, the form again with what was typed. */
public final class Invalid extends Refused {

    public Invalid(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 422;
    }
}
