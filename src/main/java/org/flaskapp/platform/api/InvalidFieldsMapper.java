package org.flaskapp.platform.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A service's bean validation failure, as {@link ProblemMapper} says it (422 naming the fields).
 * A mapper of its own: Jersey and RESTEasy bring mappers for validation exceptions that answer 400
 * in HTML, and the mapper of the nearest type wins.
 */
@Provider
public class InvalidFieldsMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        return ProblemMapper.send(ProblemMapper.invalidFields(invalid));
    }
}
