package org.flaskapp.accounts;

/**
 * An API request made with a valid personal token: on whose behalf, and what the token allows.
 * {@link SignInMechanism} puts it in the request under {@link #ATTRIBUTE}; a token that is not
 * valid leaves {@link #REFUSED} instead.
 */
public record TokenUse(Caller caller, TokenScope scope) {

    public static final String ATTRIBUTE = TokenUse.class.getName();
    public static final String REFUSED = TokenUse.class.getName() + ".refused";

    public boolean mayWrite() {
        return scope == TokenScope.WRITE;
    }
}
