package org.flaskapp.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON document as YAML, for readers who ask for the OpenAPI document in YAML. Block style,
 * every string in double quotes (JSON's escapes are YAML's), so nothing a value holds can change
 * what the document means.
 */
final class YamlText {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z$/][A-Za-z0-9_/{}.$-]*");
    private static final Set<String> NOT_TEXT = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private YamlText() {
    }

    static String of(JsonValue document) {
        StringBuilder out = new StringBuilder();
        block(document, 0, out);
        return out.toString();
    }

    private static void block(JsonValue value, int indent, StringBuilder out) {
        if (value instanceof JsonObject object && !object.isEmpty()) {
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                out.append(" ".repeat(indent)).append(key(member.getKey())).append(':');
                nested(member.getValue(), indent, out);
            }
        } else if (value instanceof JsonArray array && !array.isEmpty()) {
            for (JsonValue item : array) {
                out.append(" ".repeat(indent)).append('-');
                nested(item, indent, out);
            }
        } else {
            out.append(" ".repeat(indent)).append(scalar(value)).append('\n');
        }
    }

    private static void nested(JsonValue value, int indent, StringBuilder out) {
        if (value instanceof JsonObject object && !object.isEmpty() || value instanceof JsonArray array && !array.isEmpty()) {
            out.append('\n');
            block(value, indent + 2, out);
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    /**
     * A name as it is where YAML reads it as that text, else quoted: not "200" (a number), nor
     * "yes", "off" or "null", which YAML 1.1 readers take for booleans and null.
     */
    private static String key(String name) {
        return PLAIN_KEY.matcher(name).matches() && !NOT_TEXT.contains(name.toLowerCase(Locale.ROOT))
                ? name : Json.createValue(name).toString();
    }

    /** A scalar, or an empty object or array, as JSON writes it: valid YAML in flow style. */
    private static String scalar(JsonValue value) {
        return value.toString();
    }

}
