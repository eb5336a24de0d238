package org.inspectorate.shared.failure;

import java.util.List;
import org.inspectorate.shared.domain.FieldError;

/**
 * What the caller is told about a request that failed: the status, a title and detail fit to show, field
 * problems for a 400, and for a 503 how many seconds to wait before trying again. {@code unexpected} marks
 * a fault of ours, to be logged with a reference.
 */
public record Failure(int status, String title, String detail, List<FieldError> errors, int retryAfterSeconds,
        boolean unexpected) {

    static Failure of(int status, String title, String detail) {
        return new Failure(status, title, detail, List.of(), 0, false);
    }

    public boolean unavailable() {
        return status == 503;
    }
}
