package org.flaskapp.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flaskapp.platform.operations.RequestIdFilter;
import org.flaskapp.platform.refusal.NotAllowed;
import org.flaskapp.platform.refusal.Refused;
import org.flaskapp.platform.refusal.TooOften;

/**
 * Every failure of an API request, as {@code application/problem+json} (RFC 9457): what the
 * resources refuse ({@link ApiProblem}, a service's {@link Refused}, a bean validation), what
 * Jakarta REST refuses before them (no such address, method or media type), and anything else as
 * a 500 that names the request id the server log has the failure under. Never HTML, never a trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final System.Logger LOG = System.getLogger(ProblemMapper.class.getName());

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        return send(problemOf(failure));
    }

    /** The answer that says {@code problem}. */
    public static Response send(ApiProblem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", titleOf(problem.status()));
        body.put("status", problem.status());
        body.put("detail", problem.getMessage());
        if (!problem.fields().isEmpty()) {
            body.put("errors", problem.fields().entrySet().stream()
                    .map(field -> JsonFields.of("field", field.getKey(), "detail", field.getValue()))
                    .toList());
        }
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(PROBLEM_JSON + "; charset=utf-8")
                .header("Cache-Control", "no-store")
                .entity(JsonText.bytes(body));
        problem.headers().forEach(response::header);
        return response.build();
    }

    private ApiProblem problemOf(Throwable failure) {
        if (failure instanceof ApiProblem problem) {
            return problem;
        }
        if (failure instanceof TooOften tooOften) {
            return new ApiProblem(429, tooOften.getMessage(), Map.of(),
                    Map.of("Retry-After", Long.toString(Math.max(1, tooOften.retryAfter().toSeconds()))));
        }
        if (failure instanceof NotAllowed) {
            return new ApiProblem(403, "This account may not do that.");
        }
        if (failure instanceof Refused refused) {
            return new ApiProblem(refused.status(), refused.getMessage());
        }
        if (failure instanceof ConstraintViolationException invalid) {
            return invalidFields(invalid);
        }
        if (failure instanceof WebApplicationException refusedByRest && refusedByRest.getResponse().getStatus() < 500) {
            return fromRest(refusedByRest.getResponse());
        }
        String id = String.valueOf(request.getAttribute(RequestIdFilter.ATTRIBUTE));
        LOG.log(System.Logger.Level.ERROR, "API request " + id + " failed: " + request.getMethod() + " "
                + request.getRequestURI(), failure);
        return new ApiProblem(500, "The server could not answer this request. Reference: " + id);
    }

    static ApiProblem invalidFields(ConstraintViolationException invalid) {
        Map<String, String> fields = new TreeMap<>();
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            fields.merge(lastNameOf(violation.getPropertyPath().toString()), violation.getMessage(),
                    (one, other) -> one + " " + other);
        }
        return new ApiProblem(422, "The request's fields are not valid.", fields, Map.of());
    }

    private static ApiProblem fromRest(Response refused) {
        int status = refused.getStatus();
        Map<String, String> headers = new LinkedHashMap<>();
        String allow = refused.getHeaderString("Allow");
        if (allow != null) {
            headers.put("Allow", allow);
        }
        String detail = switch (status) {
            case 404 -> "There is nothing at this address in the API.";
            case 405 -> "This address does not take this method" + (allow == null ? "." : "; it takes " + allow + ".");
            case 406 -> "This address answers in application/json only.";
            case 415 -> "The API takes request bodies as application/json only.";
            default -> "The request cannot be answered as it is.";
        };
        return new ApiProblem(status, detail, Map.of(), headers);
    }

    /** {@code publish.arg1.title}: {@code title}. */
    private static String lastNameOf(String path) {
        List<String> parts = List.of(path.split("\\."));
        return parts.get(parts.size() - 1);
    }

    static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Bad Request";
        };
    }
}
