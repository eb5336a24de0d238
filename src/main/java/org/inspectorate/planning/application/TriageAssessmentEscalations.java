package org.inspectorate.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inspectorate.triage.application.TriageOutcomeRecorded;
import org.inspectorate.triage.domain.Outcome;

/**
 * A notification or concern triaged as "escalate to assessment" plans a responsive assessment of its location (or
 * brings the open plan forward), once the triage decision has committed. If that fails (the item has no location),
 * the item still says it was escalated, and a manager plans from the risk view.
 */
@ApplicationScoped
public class TriageAssessmentEscalations {

    private static final Logger LOG = Logger.getLogger(TriageAssessmentEscalations.class.getName());

    @Inject
    PlanningService planning;

    void onOutcome(@Observes(during = TransactionPhase.AFTER_SUCCESS) TriageOutcomeRecorded e) {
        if (e.outcome() != Outcome.ESCALATE_TO_ASSESSMENT || e.locationId() == null) {
            return;
        }
        try {
            planning.escalated(e.locationId(), e.reference(), e.reasons(), e.decidedBy());
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "Could not plan an assessment for " + e.reference(), ex);
        }
    }
}
