package org.inspectorate.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.inspectorate.registration.domain.RegistrationApplication;
import org.inspectorate.registration.persistence.ApplicationRepository;
import org.inspectorate.shared.dated.DatedDecision;
import org.inspectorate.shared.dated.DatedDecisionHandler;

/**
 * Registration's decisions that apply themselves on their date: a grant of a change asked for from a later date,
 * and a notice of decision whose appeal period has ended without an appeal.
 */
@ApplicationScoped
public class RegistrationDatedDecisions implements DatedDecisionHandler {

    @Inject
    ApplicationRepository store;

    @Inject
    DecisionService decisions;

    @Override
    public String subjectType() {
        return DecisionService.SUBJECT;
    }

    @Override
    public Outcome apply(DatedDecision decision, LocalDate on) {
        RegistrationApplication a = store.findForUpdate(Long.parseLong(decision.subjectId()))
                .orElseThrow(() -> new IllegalStateException("Application " + decision.subjectId() + " is gone"));
        return switch (decision.action()) {
            case DecisionService.APPLY_GRANT -> Outcome.done(decisions.applyGrantOn(a, on));
            case DecisionService.TAKE_EFFECT -> decisions.takeEffectOn(a).map(Outcome::done)
                    .orElseGet(() -> Outcome.skipped("Overtaken: the decision is appealed or already in effect"));
            default -> throw new IllegalStateException("Unknown action " + decision.action());
        };
    }
}
