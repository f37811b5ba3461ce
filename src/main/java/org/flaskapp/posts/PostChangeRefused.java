package org.flaskapp.posts;

/** A change to the posts that breaks a rule; the message says which, in words for the page. */
public class PostChangeRefused extends RuntimeException {

    public PostChangeRefused(String message) {
        super(message);
    }
}
