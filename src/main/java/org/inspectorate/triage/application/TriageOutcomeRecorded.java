package org.inspectorate.triage.application;

import org.inspectorate.triage.domain.Outcome;

/**
 * Fired when an outcome is recorded on an item, for the contexts that act on outcomes (safeguarding
 * referrals, assessment, enforcement). Observe it with {@code @Observes(during = AFTER_SUCCESS)} to act only
 * once the decision is committed.
 */
public record TriageOutcomeRecorded(String reference, String sourceKind, long sourceId, String locationId,
        String providerId, Outcome outcome, String reasons, String decidedBy) {
}
