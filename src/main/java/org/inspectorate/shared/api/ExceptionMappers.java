package org.inspectorate.shared.api;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.Gone;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.failure.Failure;
import org.inspectorate.shared.failure.Failures;
import org.inspectorate.shared.text.Bounded;

/** Turns every failure into a problem+json response; nothing reaches the client as a stack trace. */
public final class ExceptionMappers {

    private ExceptionMappers() {
    }

    @Provider
    public static class ValidationFailureMapper implements ExceptionMapper<ValidationFailure> {
        @Override
        public Response toResponse(ValidationFailure e) {
            return Problems.invalid(e.errors());
        }
    }

    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(FieldError::field))
                    .toList();
            return Problems.invalid(errors);
        }

        /** Drops the method and parameter names: "submit.arg0.field" becomes "field". */
        private static String leaf(String path) {
            String[] parts = path.split("\\.");
            return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                    : parts[parts.length - 1];
        }
    }

    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound e) {
            return Problems.response(404, "Not found", e.getMessage());
        }
    }

    @Provider
    public static class GoneMapper implements ExceptionMapper<Gone> {
        @Override
        public Response toResponse(Gone e) {
            return Problems.response(410, "Your link has expired", e.getMessage());
        }
    }

    @Provider
    public static class ForbiddenMapper implements ExceptionMapper<Forbidden> {
        @Override
        public Response toResponse(Forbidden e) {
            return Problems.response(403, "Forbidden", e.getMessage());
        }
    }

    @Provider
    public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return Problems.response(409, "Conflict",
                    "Someone else changed this record after you loaded it. Reload it and make your change again.");
        }
    }

    @Provider
    public static class JsonMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problems.response(400, "Invalid request", "The request body is not valid JSON for this endpoint.");
        }
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (e instanceof NotFoundException) {
                return Problems.response(404, "Not found", "There is no resource at this address.");
            }
            if (e instanceof NotAllowedException) {
                return Problems.response(405, "Method not allowed", "This address does not accept that method.");
            }
            if (e instanceof ClientErrorException) {
                String title = Response.Status.fromStatusCode(status) == null ? "Client error"
                        : Response.Status.fromStatusCode(status).getReasonPhrase();
                String detail = status == 400 && e.getCause() != null
                        ? "The request body or parameters could not be read." : title;
                return Problems.response(status, title, detail);
            }
            return Problems.response(status, "Error", "The request could not be completed.");
        }
    }

    /**
     * Everything else, classified through its whole cause chain ({@link Failures}): refusals and bad input
     * wrapped by JPA or CDI, database errors, an unreachable database (503 with Retry-After). What remains is
     * logged with a reference the caller can quote, and answered with a 500 without internals.
     */
    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            Failure failure = Failures.classify(e);
            if (failure.unavailable()) {
                LOG.warning("Database unavailable: " + Bounded.quote(String.valueOf(e)));
            }
            if (!failure.unexpected()) {
                return Problems.response(failure);
            }
            String reference = UUID.randomUUID().toString();
            LOG.severe("Unexpected failure, reference " + reference + "\n" + Bounded.trace(e));
            return Problems.response(500, "Internal error",
                    "Something went wrong on our side. Quote reference " + reference + " if you contact us.");
        }
    }
}
