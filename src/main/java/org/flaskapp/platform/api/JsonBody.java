package org.flaskapp.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request's JSON object, read strictly: only {@code application/json} in UTF-8 (415 for any
 * other type, which also keeps out the forms of other sites), at most {@value #MAX_BYTES} bytes
 * (413), well-formed (400), and each field of the type asked for (422, naming the field).
 */
public final class JsonBody {

    /** Enough for the longest answer (1,000,000 characters) in any script. */
    static final int MAX_BYTES = 4 << 20;

    private final JsonObject object;

    private JsonBody(JsonObject object) {
        this.object = object;
    }

    /** The object sent as {@code contentType} in {@code body}. */
    public static JsonBody read(String contentType, InputStream body) {
        if (!isJson(contentType)) {
            throw new ApiProblem(415, "The API takes request bodies as application/json (UTF-8) only.",
                    Map.of(), Map.of("Accept-Post", "application/json"));
        }
        byte[] bytes = upTo(MAX_BYTES, body);
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ApiProblem(400, "The request body must be a JSON object.");
            }
            return new JsonBody(value.asJsonObject());
        } catch (JsonException malformed) {
            throw new ApiProblem(400, "The request body is not well-formed JSON.");
        }
    }

    /** The text of field {@code name}; null when absent or null and not {@code required}. */
    public String text(String name, boolean required) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw ApiProblem.invalidField(name, "is required.");
            }
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw ApiProblem.invalidField(name, "must be a string.");
    }

    /** The texts of the array field {@code name}; empty when absent. */
    public List<String> texts(String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ApiProblem.invalidField(name, "must be an array of strings.");
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (!(item instanceof JsonString text)) {
                throw ApiProblem.invalidField(name, "must be an array of strings.");
            }
            texts.add(text.getString());
        }
        return texts;
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].strip().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].strip().split("=", 2);
            if (parameter[0].strip().equals("charset")
                    && !(parameter.length == 2 && parameter[1].strip().replace("\"", "").equals("utf-8"))) {
                return false;
            }
        }
        return true;
    }

    private static byte[] upTo(int max, InputStream body) {
        try {
            byte[] bytes = body.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new ApiProblem(413, "The request body is larger than " + max + " bytes.");
            }
            return bytes;
        } catch (IOException unreadable) {
            throw new ApiProblem(400, "The request body could not be read.");
        }
    }
}
