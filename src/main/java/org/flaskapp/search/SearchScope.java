package org.flaskapp.search;

import java.util.Optional;

/**
 * Where a search looks: in one section or all ({@code ?in=}), and whether it may find what is
 * hidden (administrators only; such a result is marked).
 */
public record SearchScope(Optional<String> section, boolean withHidden) {

    public static SearchScope everything(boolean withHidden) {
        return new SearchScope(Optional.empty(), withHidden);
    }
}
