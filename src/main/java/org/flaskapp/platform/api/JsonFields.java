package org.flaskapp.platform.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object's members in the order written, for {@link JsonText}. */
public final class JsonFields {

    private JsonFields() {
    }

    /** An object of the names and values in {@code namesAndValues}, in that order. */
    public static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }
}
