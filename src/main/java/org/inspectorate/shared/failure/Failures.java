package org.inspectorate.shared.failure;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.Gone;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.TooManyRequests;
import org.inspectorate.shared.domain.ValidationFailure;

/**
 * The one place that decides what a failure means for the caller, for the API (problem+json) and the screens
 * (the error page) alike. It looks through the whole cause chain, because a refusal or a database error
 * usually arrives wrapped by JPA, JTA, CDI or Faces. Input the database cannot store is the caller's fault
 * (400); a clash with a record changed or created meanwhile is a conflict (409); a database that cannot be
 * reached, is restarting or has no free connection makes the service unavailable (503, try again shortly),
 * never a 401 or a 500. Only what remains is unexpected.
 */
public final class Failures {

    /** Seconds a client should wait before retrying while the database is unavailable. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * Connection errors (08), operator intervention such as a restart (57P), too many connections (53300), and what
     * a connection attempt meets while the database is closed to connections, missing or refusing the service's
     * credentials (55000, 3D000, 28000, 28P01).
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("53300", "53400", "57P01", "57P02", "57P03", "57P05",
            "55000", "3D000", "28000", "28P01");
    /** Data exceptions: bad text encoding, NUL, value too long, out of range, bad format. */
    private static final String DATA_CLASS = "22";
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01", "55P03");
    private static final Set<String> INVALID_STATES = Set.of("23502", "23503", "23514");

    private Failures() {
    }

    public static Failure classify(Throwable error) {
        for (Throwable t = error; t != null; t = next(t)) {
            Failure known = known(t);
            if (known != null) {
                return known;
            }
        }
        return new Failure(500, "Internal error", "Something went wrong on our side.", List.of(), 0, true);
    }

    /** True when the failure is the database being out of reach, whatever wraps it. */
    public static boolean isUnavailable(Throwable error) {
        return classify(error).unavailable();
    }

    private static Failure known(Throwable t) {
        if (t instanceof ValidationFailure v) {
            String detail = v.errors().size() == 1 ? v.errors().get(0).message()
                    : "There are " + v.errors().size() + " problems with the request";
            return new Failure(400, "Invalid request", detail, v.errors(), 0, false);
        }
        if (t instanceof NotFound n) {
            return Failure.of(404, "Not found", n.getMessage());
        }
        if (t instanceof EntityNotFoundException) {
            return Failure.of(404, "Not found", "The record asked for does not exist.");
        }
        if (t instanceof java.net.SocketTimeoutException) {
            return Failure.of(408, "Request timeout", "The request body stopped arriving before its end. Send it"
                    + " again; an upload resumes where it stopped.");
        }
        if (t instanceof TooManyRequests r) {
            return new Failure(429, "Too many requests", r.getMessage(), List.of(), r.retryAfterSeconds(), false);
        }
        if (t instanceof Forbidden f) {
            return Failure.of(403, "Forbidden", f.getMessage());
        }
        if (t instanceof Gone g) {
            return Failure.of(410, "Your link has expired", g.getMessage());
        }
        if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                || isNamed(t, "org.hibernate.StaleStateException")) {
            return conflict();
        }
        if (t instanceof JsonbException || t instanceof JsonException) {
            return Failure.of(400, "Invalid request", "The request body is not valid JSON for this endpoint.");
        }
        if (t instanceof DateTimeParseException || t instanceof NumberFormatException || isBadUuid(t)) {
            return Failure.of(400, "Invalid request", "A value in the request is not in the expected format.");
        }
        if (isNamed(t, "org.primefaces.csp.CspException")) {
            return Failure.of(400, "Invalid request", "The form was sent without the page's security token. Reload"
                    + " the page and send it again.");
        }
        if (t instanceof StackOverflowError) {
            return Failure.of(400, "Invalid request", "The request is nested too deeply to be read.");
        }
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException || isNamed(t, "org.hibernate.exception.JDBCConnectionException")
                || isNamed(t, "jakarta.resource.ResourceException")) {
            return unavailable();
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            return bySqlState(sql.getSQLState());
        }
        return null;
    }

    private static Failure bySqlState(String state) {
        if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)) {
            return unavailable();
        }
        if (state.startsWith(DATA_CLASS)) {
            return Failure.of(400, "Invalid request", "A value in the request cannot be stored: it is too long,"
                    + " out of range or holds characters that are not allowed (such as NUL).");
        }
        if (CONFLICT_STATES.contains(state)) {
            return conflict();
        }
        if (INVALID_STATES.contains(state)) {
            return Failure.of(409, "Conflict", "The request refers to something that does not exist or is not"
                    + " in a state that allows this change.");
        }
        return null;
    }

    private static Failure conflict() {
        return Failure.of(409, "Conflict",
                "Someone else changed this record after you loaded it. Reload it and make your change again.");
    }

    private static Failure unavailable() {
        return new Failure(503, "Service unavailable", "The service is briefly unavailable. Nothing you sent has"
                + " been half-saved: try again in a few seconds.", List.<FieldError>of(), RETRY_AFTER_SECONDS, false);
    }

    private static boolean isBadUuid(Throwable t) {
        return t instanceof IllegalArgumentException && t.getMessage() != null
                && (t.getMessage().startsWith("Invalid UUID") || t.getMessage().startsWith("UUID string too large"));
    }

    private static boolean isNamed(Throwable t, String className) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException sql && sql.getNextException() != null && sql.getCause() == null) {
            return sql.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
