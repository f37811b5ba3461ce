package org.flaskapp.accounts;

import java.util.Objects;
import org.flaskapp.platform.refusal.NotAllowed;

/**
 * A signed-in user on whose behalf a service acts. The web layer makes it from the container's
 * authenticated principal ({@code accounts.web.SignedIn}); services decide with it what the
 * user may do, so the rules hold whichever page or client calls them.
 */
public record Caller(String name, Role role) {

    public Caller {
        Objects.requireNonNull(name);
        Objects.requireNonNull(role);
    }

    public boolean isAdministrator() {
        return role == Role.ADMINISTRATOR;
    }

    /** Whether this user may change or delete what {@code author} wrote (null: no author). */
    public boolean mayChangeWorkOf(String author) {
        return isAdministrator() || name.equals(author);
    }

    /** Throws {@link NotAllowed} unless this user is an administrator. */
    public void requireAdministrator() {
        if (!isAdministrator()) {
            throw new NotAllowed(name + " is not an administrator");
        }
    }
}
