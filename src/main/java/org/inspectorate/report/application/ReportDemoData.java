package org.inspectorate.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.inspectorate.demo.RegisterGenerator;
import org.inspectorate.identity.application.StaffDirectory;
import org.inspectorate.registry.application.LocationDirectory;
import org.inspectorate.registry.application.LocationFacts;
import org.inspectorate.report.domain.Actor;
import org.inspectorate.report.domain.Report;
import org.inspectorate.report.domain.ReportMove;
import org.inspectorate.report.domain.ReportSection;
import org.inspectorate.report.domain.ReportState;
import org.inspectorate.report.domain.SectionKey;
import org.inspectorate.report.domain.SectionVersion;
import org.inspectorate.report.domain.Transition;
import org.inspectorate.triage.domain.Team;

/**
 * Demo reports for an empty database (called by DemoData after the demo accounts exist): a few reports of the
 * demo organisations' locations in different states and of different ages, one of them stuck past its target,
 * so that the board, the stuck-work list and the metrics have something to show.
 */
@ApplicationScoped
public class ReportDemoData {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    LocationDirectory locations;

    @Inject
    BankHolidaysDeadline deadline;

    @Inject
    Clock clock;

    private record Plan(String locationId, int daysSinceVisit, int daysSinceActivity, List<Transition> moves) {
    }

    /** Three locations of demo provider A and one of demo provider B. */
    @Transactional
    public void createIfEmpty() {
        List<String> locationIds = List.of(RegisterGenerator.locationId(2), RegisterGenerator.locationId(3),
                RegisterGenerator.locationId(4), RegisterGenerator.locationId(RegisterGenerator.DEMO_CHAIN_SIZE + 2));
        if (em.createQuery("select count(r) from Report r", Long.class).getSingleResult() > 0) {
            return;
        }
        Optional<Actor> inspector = actor("inspector@inspectorate.local");
        Optional<Actor> manager = actor("manager@inspectorate.local");
        if (inspector.isEmpty() || manager.isEmpty()) {
            return;
        }
        List<Plan> plans = List.of(
                new Plan(locationIds.get(0), 6, 1, List.of()),
                new Plan(locationIds.get(1), 12, 2, List.of(Transition.SUBMIT_FOR_REVIEW)),
                new Plan(locationIds.get(2), 20, 3, List.of(Transition.SUBMIT_FOR_REVIEW, Transition.RETURN_TO_AUTHOR)),
                new Plan(locationIds.get(3), 25, 4, List.of(Transition.SUBMIT_FOR_REVIEW, Transition.PASS_REVIEW)),
                new Plan(locationIds.get(0), 70, 30, List.of()));
        for (Plan p : plans) {
            locations.facts(p.locationId()).ifPresent(l -> create(l, p, inspector.get(), manager.get()));
        }
    }

    private void create(LocationFacts l, Plan p, Actor author, Actor reviewer) {
        Instant now = clock.instant();
        Instant then = now.minus(Duration.ofDays(p.daysSinceActivity()));
        LocalDate today = LocalDate.ofInstant(now, ReportViews.UK);
        Report r = new Report(l.id(), l.name(), l.providerId(), Team.forServiceTypes(l.serviceTypes()).name(),
                l.region(), null, today.minusDays(p.daysSinceVisit()), author, then);
        em.persist(r);
        em.flush();
        em.persist(new ReportMove(r.id(), null, ReportState.DRAFT, "OPEN", author.id(), author.name(), null, then));
        for (SectionKey k : SectionKey.values()) {
            ReportSection s = new ReportSection(r.id(), k, then);
            em.persist(s);
            SectionVersion v = s.save("<p>" + k.label() + ": findings of the site visit at " + l.name() + ".</p>", 0,
                    author, then, Duration.ZERO, true);
            em.persist(v);
        }
        for (Transition t : p.moves()) {
            Actor who = t == Transition.SUBMIT_FOR_REVIEW ? author : reviewer;
            String reason = t.reasonRequired() ? "Add the evidence for the Safe findings" : null;
            em.persist(r.apply(t, who, reason, then, new Report.MoveFacts(today, 0, deadline.from(today))));
        }
    }

    private Optional<Actor> actor(String email) {
        return staff.active().stream().filter(m -> m.email().equalsIgnoreCase(email)).findFirst()
                .map(m -> new Actor(m.id(), m.name(), false));
    }
}
