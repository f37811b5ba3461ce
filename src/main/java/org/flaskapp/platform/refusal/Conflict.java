package org.flaskapp.platform.refusal;

/** Someone else saved the same thing since the user opened it: 409, the form again with their text. */
public final class Conflict extends Refused {

    public Conflict(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }
}
