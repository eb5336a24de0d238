package org.inspectorate.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.inspectorate.planning.persistence.PlanRepository;
import org.inspectorate.triage.application.EscalationLinks;

/** The assessments planned (or brought forward) because a triage item was escalated, for the item's page. */
@ApplicationScoped
public class PlanEscalationLinks implements EscalationLinks {

    @Inject
    PlanRepository plans;

    @Override
    @Transactional
    public List<Link> forItem(String triageReference) {
        return plans.byTriageReference(triageReference).stream().map(p -> new Link("PLAN", p.plannedOn(),
                "/staff/planning/schedule.xhtml?month=" + java.time.YearMonth.from(p.plannedOn()),
                p.inspectorName())).toList();
    }
}
