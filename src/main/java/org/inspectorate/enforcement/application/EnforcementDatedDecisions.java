package org.inspectorate.enforcement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.inspectorate.shared.dated.DatedDecision;
import org.inspectorate.shared.dated.DatedDecisionHandler;

/**
 * Enforcement's decisions that apply themselves on their date: a Notice of Decision (conditions imposed or varied,
 * a registration cancelled) takes effect the day after its appeal period ends, unless an appeal was lodged.
 */
@ApplicationScoped
public class EnforcementDatedDecisions implements DatedDecisionHandler {

    @Inject
    ActionService actions;

    @Override
    public String subjectType() {
        return ActionService.SUBJECT;
    }

    @Override
    public Outcome apply(DatedDecision decision, LocalDate on) {
        if (!ActionService.TAKE_EFFECT.equals(decision.action())) {
            throw new IllegalStateException("Unknown action " + decision.action());
        }
        return actions.takeEffectOnItsDate(Long.parseLong(decision.subjectId()), on).map(Outcome::done)
                .orElseGet(() -> Outcome.skipped("Overtaken: the decision is appealed, withdrawn or already in force"));
    }
}
