package org.inspectorate.concern.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.ValidationFailure;
import org.junit.jupiter.api.Test;

class ConcernFormTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static ConcernForm anonymous(ConcernKind kind, Relationship who) {
        return new ConcernForm(kind, null, "Oak House", "Leeds", Topic.STAFFING, "Not enough staff at night.",
                TODAY.minusDays(2), who, false, RaisedWithProvider.YES, true, "Ignored Name", null, null, false);
    }

    private static List<String> problems(ConcernForm f) {
        return assertThrows(ValidationFailure.class, () -> f.validate(TODAY)).errors().stream()
                .map(FieldError::field).toList();
    }

    @Test
    void anAnonymousConcernNeedsNoName() {
        anonymous(ConcernKind.FEEDBACK, Relationship.FAMILY_OR_FRIEND).validate(TODAY);
        Concern c = new Concern("GFC-2345-6789", anonymous(ConcernKind.FEEDBACK, Relationship.FAMILY_OR_FRIEND), null,
                "hash", java.time.Instant.now());
        assertEquals(null, c.reporterName(), "nothing identifying is kept for an anonymous concern");
    }

    @Test
    void everyMissingAnswerIsNamed() {
        ConcernForm empty = new ConcernForm(ConcernKind.FEEDBACK, " ", null, null, null, " ", TODAY.plusDays(1), null,
                null, null, false, null, "not-an-email", null, true);
        assertEquals(List.of("serviceName", "topic", "whatHappened", "whenHappened", "relationship", "immediateRisk",
                "raisedWithProvider", "name", "email"), problems(empty));
    }

    @Test
    void whistleblowingIsForWorkers() {
        assertEquals(List.of("relationship"), problems(anonymous(ConcernKind.WHISTLEBLOWING, Relationship.USES_THE_SERVICE)));
        anonymous(ConcernKind.WHISTLEBLOWING, Relationship.WORKED_THERE).validate(TODAY);
    }

    @Test
    void contactNeedsAWayToContact() {
        ConcernForm f = new ConcernForm(ConcernKind.FEEDBACK, "1-512345678", null, null, Topic.MEDICINES, "Wrong doses.",
                null, Relationship.USES_THE_SERVICE, true, RaisedWithProvider.NO, false, "Jo Public", null, null, true);
        assertEquals(List.of("email"), problems(f));
    }
}
