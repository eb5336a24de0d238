package org.inspectorate.shared.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.failure.Failure;

/** Builds problem+json responses, from JAX-RS and from plain servlet code alike. */
public final class Problems {

    private static final Jsonb JSON = JsonbBuilder.create();

    private Problems() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(JSON.toJson(problem)).build();
    }

    public static Response response(int status, String title, String detail) {
        return response(Problem.of(status, title, detail));
    }

    /** The problem for a classified failure, with {@code Retry-After} when the service is briefly unavailable. */
    public static Response response(Failure failure) {
        Problem problem = failure.errors().isEmpty() ? Problem.of(failure.status(), failure.title(), failure.detail())
                : new Problem("about:blank", failure.title(), failure.status(), failure.detail(), null, failure.errors());
        Response.ResponseBuilder r = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(JSON.toJson(problem));
        if (failure.retryAfterSeconds() > 0) {
            r.header("Retry-After", failure.retryAfterSeconds());
        }
        return r.build();
    }

    /** {@link #response(Failure)} for plain servlet code. */
    public static void write(HttpServletResponse response, Failure failure) throws IOException {
        if (failure.retryAfterSeconds() > 0) {
            response.setHeader("Retry-After", String.valueOf(failure.retryAfterSeconds()));
        }
        write(response, failure.status(), failure.title(), failure.detail());
    }

    public static Response invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message()
                : "There are " + errors.size() + " problems with the request";
        return response(Problem.invalid(detail, errors));
    }

    public static void write(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.toJson(Problem.of(status, title, detail)).getBytes(StandardCharsets.UTF_8));
    }
}
