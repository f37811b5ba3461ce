package org.flaskapp.platform.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why the API does not do what a request asks, as an RFC 9457 problem: the status, a sentence for
 * the person who reads it, the fields that failed (name: why) and headers that go with it
 * ({@code Allow}, {@code Retry-After}, {@code WWW-Authenticate}). {@link ProblemMapper} sends it.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final Map<String, String> fields;
    private final Map<String, String> headers;

    public ApiProblem(int status, String detail) {
        this(status, detail, Map.of(), Map.of());
    }

    public ApiProblem(int status, String detail, Map<String, String> fields, Map<String, String> headers) {
        super(detail, null, false, false); // an answer, not a failure: no stack trace to fill
        this.status = status;
        this.fields = new LinkedHashMap<>(fields);
        this.headers = Map.copyOf(headers);
    }

    /** 422 for one field. */
    public static ApiProblem invalidField(String field, String why) {
        return new ApiProblem(422, "The request's fields are not valid: " + field + ": " + why,
                Map.of(field, why), Map.of());
    }

    public int status() {
        return status;
    }

    public Map<String, String> fields() {
        return fields;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
