package org.inspectorate.enforcement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.inspectorate.demo.RegisterGenerator;
import org.inspectorate.enforcement.domain.ActionKind;
import org.inspectorate.enforcement.domain.CaseOrigin;
import org.inspectorate.enforcement.domain.DecisionInput;
import org.inspectorate.enforcement.domain.EnforcementCase;
import org.inspectorate.enforcement.domain.Meeting;
import org.inspectorate.enforcement.domain.MeetingKind;
import org.inspectorate.enforcement.domain.NewCase;
import org.inspectorate.enforcement.domain.StageDecision;
import org.inspectorate.enforcement.persistence.EnforcementRepository;
import org.inspectorate.registry.application.LocationDirectory;
import org.inspectorate.registry.application.RegisterLookups;

/**
 * Demo enforcement cases for an empty database (called by DemoData): cases at different stages and of different
 * ages at them, so that the board and the metrics have something to show. No notice is served by demo data.
 */
@ApplicationScoped
public class EnforcementDemoData {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    EnforcementRepository cases;

    @Inject
    LocationDirectory locations;

    @Inject
    RegisterLookups register;

    @Inject
    Clock clock;

    @Transactional
    public void createIfEmpty() {
        if (em.createQuery("select count(c) from EnforcementCase c", Long.class).getSingleResult() > 0) {
            return;
        }
        create(RegisterGenerator.locationId(1), 3, 0, "Falls not reviewed after two serious injuries");
        create(RegisterGenerator.locationId(5), 120, 1, "Staffing levels below the assessed need at night");
        create(RegisterGenerator.locationId(RegisterGenerator.DEMO_CHAIN_SIZE + 1), 40, 3,
                "Medicines not stored or recorded safely");
    }

    /** A case opened {@code daysAgo}, taken through {@code stages} decisions, each a week apart. */
    private void create(String locationId, int daysAgo, int stages, String summary) {
        locations.facts(locationId).ifPresent(l -> {
            Instant opened = clock.instant().minus(Duration.ofDays(daysAgo));
            EnforcementCase c = new EnforcementCase(cases.nextReference(), new NewCase(l.providerId(),
                    register.providerName(l.providerId()).orElse(l.providerId()), l.id(), l.name(), l.region(),
                    CaseOrigin.ASSESSMENT_FINDING, "Demo finding " + l.id(), summary), "Ivy Inspector", opened);
            cases.add(c);
            cases.flush();
            DecisionInput[] steps = {
                new DecisionInput(StageDecision.ESCALATE, "Risk of harm to people using the service",
                        meeting(MeetingKind.DECISION_MAKING_MEETING, opened), null, null, null),
                new DecisionInput(StageDecision.BREACH_CONFIRMED, "Records and observation on the site visit", null,
                        "Regulation 12: safe care and treatment", null, null),
                new DecisionInput(StageDecision.ACTION_SELECTED, "Serious breach, not yet persistent", null, null,
                        ActionKind.WARNING_NOTICE, null)};
            for (int i = 0; i < stages && i < steps.length; i++) {
                Instant at = opened.plus(Duration.ofDays(Math.min(7L * (i + 1), daysAgo)));
                cases.add(c.decide(steps[i], "Maya Manager", at, LocalDate.ofInstant(at, ZoneOffset.UTC)));
            }
        });
    }

    private static Meeting meeting(MeetingKind kind, Instant on) {
        return new Meeting(kind, LocalDate.ofInstant(on, ZoneOffset.UTC), "Maya Manager, Ivy Inspector");
    }
}
