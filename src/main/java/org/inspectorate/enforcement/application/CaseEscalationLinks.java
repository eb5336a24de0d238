package org.inspectorate.enforcement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;
import org.inspectorate.enforcement.domain.CaseOrigin;
import org.inspectorate.enforcement.persistence.EnforcementRepository;
import org.inspectorate.triage.application.EscalationLinks;

/** The enforcement case a triage item escalated to enforcement opened, for the item's page. */
@ApplicationScoped
public class CaseEscalationLinks implements EscalationLinks {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    EnforcementRepository cases;

    @Override
    @Transactional
    public List<Link> forItem(String triageReference) {
        return cases.findByOrigin(CaseOrigin.TRIAGE, triageReference).stream().map(c -> new Link("CASE",
                c.openedAt().atZone(UK).toLocalDate(), "/staff/enforcement/case.xhtml?id=" + c.id(),
                c.reference() + ", " + c.stage().label())).toList();
    }
}
