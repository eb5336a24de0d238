package org.inspectorate.enforcement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inspectorate.enforcement.domain.CaseOrigin;
import org.inspectorate.triage.application.TriageOutcomeRecorded;
import org.inspectorate.triage.domain.Outcome;

/**
 * A notification or concern triaged as "escalate to enforcement" opens a case at stage 1, once the triage
 * decision has committed. If that fails (the item has no location, or a case exists), staff open it by hand.
 */
@ApplicationScoped
public class TriageEscalations {

    private static final Logger LOG = Logger.getLogger(TriageEscalations.class.getName());

    @Inject
    EnforcementService enforcement;

    void onOutcome(@Observes(during = TransactionPhase.AFTER_SUCCESS) TriageOutcomeRecorded e) {
        if (e.outcome() != Outcome.ESCALATE_TO_ENFORCEMENT || e.locationId() == null) {
            return;
        }
        try {
            enforcement.open(new OpenCase(e.locationId(), null, CaseOrigin.TRIAGE, e.reference(),
                    "Escalated from triage by " + e.decidedBy() + ": " + e.reasons()));
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "Could not open an enforcement case for " + e.reference(), ex);
        }
    }
}
