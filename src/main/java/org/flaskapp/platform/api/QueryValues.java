package org.flaskapp.platform.api;

import java.util.List;

/** The API's query parameters, read strictly: a value that means nothing gets 400, never a guess. */
public final class QueryValues {

    private QueryValues() {
    }

    /** The position key {@code raw} (an id above 0), or null when absent. */
    public static Long key(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            long key = Long.parseLong(raw);
            if (key > 0) {
                return key;
            }
        } catch (NumberFormatException notANumber) {
            // the answer below
        }
        throw new ApiProblem(400, "?" + name + "= takes an id, a whole number above 0; \"" + raw + "\" is not one.");
    }

    /** {@code raw}, one of {@code allowed}; the first of them when absent. */
    public static String oneOf(String name, String raw, List<String> allowed) {
        if (raw == null) {
            return allowed.get(0);
        }
        if (!allowed.contains(raw)) {
            throw new ApiProblem(400, "?" + name + "= takes one of " + String.join(", ", allowed) + "; \"" + raw
                    + "\" is not one of them.");
        }
        return raw;
    }
}
