package org.inspectorate.shared.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailuresTest {

    @ParameterizedTest(name = "SQLSTATE {0} is {1}")
    @CsvSource({"22021, 400", "22001, 400", "22P02, 400", "23505, 409", "40001, 409", "23503, 409",
            "08006, 503", "08001, 503", "57P01, 503", "57P03, 503", "53300, 503"})
    void databaseErrorsAreClassifiedByTheirStateWhereverTheyAreWrapped(String state, int status) {
        Throwable wrapped = new RuntimeException("tx", new PersistenceException("jpa",
                new SQLException("server said no", state)));
        assertEquals(status, Failures.classify(wrapped).status());
        assertFalse(Failures.classify(wrapped).unexpected());
    }

    @Test
    void anUnavailableDatabaseAsksTheCallerToRetry() {
        Failure f = Failures.classify(new PersistenceException(new SQLTransientConnectionException("J2CA1010E")));
        assertEquals(503, f.status());
        assertTrue(f.retryAfterSeconds() > 0);
    }

    @Test
    void theNextExceptionOfABatchIsLookedAt() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", new int[0]);
        batch.setNextException(new SQLException("value too long", "22001"));
        assertEquals(400, Failures.classify(batch).status());
    }

    @Test
    void refusalsKeepTheirMeaningInsideWrappers() {
        assertEquals(404, Failures.classify(new RuntimeException(new NotFound("draft", "x"))).status());
        assertEquals(403, Failures.classify(new IllegalStateException(new Forbidden("no"))).status());
        assertEquals(400, Failures.classify(new RollbackException("r") {{ initCause(ValidationFailure.of("f", "m")); }})
                .status());
        assertEquals(409, Failures.classify(new RuntimeException(new OptimisticLockException())).status());
    }

    @Test
    void malformedValuesAreTheCallersFault() {
        assertEquals(400, Failures.classify(catching(() -> UUID.fromString("not-a-uuid"))).status());
        assertEquals(400, Failures.classify(catching(() -> Integer.parseInt("x"))).status());
    }

    @Test
    void anythingElseIsUnexpected() {
        Failure f = Failures.classify(new IllegalStateException("bug"));
        assertEquals(500, f.status());
        assertTrue(f.unexpected());
    }

    private static Throwable catching(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("no exception");
    }
}
