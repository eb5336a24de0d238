package org.inspectorate.enforcement.application;

import java.time.LocalDate;
import org.inspectorate.enforcement.domain.EnforcementAction;

/** An action with its clocks as people read them; {@code overdue} when the regulator's next step is late. */
public record ActionRecord(long id, long caseId, String kind, String kindLabel, boolean criminal, String route,
        String state, String stateLabel, String detail, LocalDate servedOn, LocalDate representationsDue,
        LocalDate representationsReceivedOn, String representations, LocalDate decisionServedOn, LocalDate appealDue,
        LocalDate appealLodgedOn, LocalDate takesEffectOn, LocalDate inForceOn, LocalDate nextDue, boolean overdue,
        String firstNoticeId, String decisionNoticeId, int version) {

    static ActionRecord of(EnforcementAction a, LocalDate today) {
        return new ActionRecord(a.id(), a.caseId(), a.kind().name(), a.kind().label(), a.kind().criminal(),
                a.kind().route().name(), a.state().name(), a.state().label(), a.detail(), a.servedOn(),
                a.representationsDue(), a.representationsReceivedOn(), a.representations(), a.decisionServedOn(),
                a.appealDue(), a.appealLodgedOn(), a.takesEffectOn(), a.inForceOn(), a.nextDue(), a.overdue(today),
                a.firstNoticeId(), a.decisionNoticeId(), a.version());
    }
}
