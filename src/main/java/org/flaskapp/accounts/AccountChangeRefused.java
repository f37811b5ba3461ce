package org.flaskapp.accounts;

/** A change to an account that breaks a rule; the message says which, in words for the page. */
public class AccountChangeRefused extends RuntimeException {

    public AccountChangeRefused(String message) {
        super(message);
    }
}
