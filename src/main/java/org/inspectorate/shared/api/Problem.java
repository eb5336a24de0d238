package org.inspectorate.shared.api;

import java.util.List;
import org.inspectorate.shared.domain.FieldError;

/** An RFC 9457 problem document. {@code errors} lists field problems for a 400. */
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem("about:blank", "Invalid request", 400, detail, null, errors);
    }
}
