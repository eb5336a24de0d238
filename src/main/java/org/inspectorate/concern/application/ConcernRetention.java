package org.inspectorate.concern.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.concern.persistence.ConcernRepository;

/**
 * The retention rule for personal data in concerns: once a concern's triage item is closed and the retention period
 * has passed since it was received, the reporter's name, email and phone are removed (and "may contact" cleared).
 * What happened, and where, stays as evidence. Each removal is audited.
 */
@ApplicationScoped
public class ConcernRetention {

    static final int BATCH = 500;

    @Inject
    ConcernRepository concerns;

    @Inject
    AuditLog audit;

    /** One batch; returns how many concerns lost their contact details (fewer than the batch: none left). */
    @Transactional
    public int removeContactDetails(Instant receivedBefore) {
        List<String> references = concerns.removeContactDetails(receivedBefore, BATCH);
        for (String reference : references) {
            audit.record("CONCERN_CONTACT_DETAILS_REMOVED", "Concern", reference, Map.of("contactDetails", "held"),
                    Map.of("contactDetails", "removed"), "Retention period passed and the concern is closed");
        }
        return references.size();
    }

    public static int batchSize() {
        return BATCH;
    }
}
