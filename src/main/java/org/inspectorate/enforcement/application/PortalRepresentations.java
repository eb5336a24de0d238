package org.inspectorate.enforcement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.enforcement.domain.ActionState;
import org.inspectorate.enforcement.domain.EnforcementAction;
import org.inspectorate.enforcement.persistence.EnforcementRepository;
import org.inspectorate.notice.application.RepresentationMade;
import org.inspectorate.notice.application.NoticeService;

/**
 * A provider's written representations on an enforcement notice, made in the portal, reach the action in the
 * same transaction: the action records them (so a Notice of Decision may follow) and the case's audit trail says
 * so. Later representations on the same notice stay on the notice only.
 */
@ApplicationScoped
public class PortalRepresentations {

    @Inject
    EnforcementRepository cases;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    void onRepresentation(@Observes RepresentationMade r) {
        if (!EnforcementNotices.SUBJECT.equals(r.subjectType())) {
            return;
        }
        EnforcementAction a = cases.action(Long.parseLong(r.subjectId())).orElse(null);
        if (a == null || a.state() != ActionState.SERVED || !String.valueOf(r.noticeId()).equals(a.firstNoticeId())) {
            return;
        }
        Map<String, Object> before = a.auditSnapshot();
        a.recordRepresentations(LocalDate.now(clock.withZone(NoticeService.UK)),
                "Written representations made in the portal on notice " + r.reference());
        String caseRef = cases.find(a.caseId()).map(c -> c.reference()).orElse(String.valueOf(a.caseId()));
        audit.record("ENFORCEMENT_REPRESENTATIONS_RECORDED", "EnforcementCase", caseRef, before, a.auditSnapshot(),
                "From the provider's portal, notice " + r.reference());
    }
}
