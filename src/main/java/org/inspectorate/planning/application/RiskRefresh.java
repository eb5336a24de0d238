package org.inspectorate.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.inspectorate.enforcement.application.EnforcementQueries;
import org.inspectorate.enforcement.persistence.EnforcementRepository.LocationEnforcement;
import org.inspectorate.planning.domain.RiskPosition;
import org.inspectorate.planning.domain.RiskReason;
import org.inspectorate.planning.domain.RiskSignals;
import org.inspectorate.planning.persistence.LocationRiskRepository;
import org.inspectorate.planning.persistence.LocationRiskRepository.RiskRow;
import org.inspectorate.planning.persistence.PlanRepository;
import org.inspectorate.registry.application.RegisteredLocations;
import org.inspectorate.registry.application.RegisteredLocations.RegisteredLocation;
import org.inspectorate.triage.application.LocationIntelligence;
import org.inspectorate.triage.application.RatingLookup;
import org.inspectorate.triage.domain.Team;

/**
 * Recomputes risk positions for a chunk of locations: one query per source for the whole chunk (register,
 * notifications and concerns, enforcement, planned assessments), ratings through {@link RatingLookup} and
 * {@link RatingDates}, the rules in {@link PlanningPolicy}, then one upsert per location.
 */
@ApplicationScoped
public class RiskRefresh {

    @Inject
    RegisteredLocations register;

    @Inject
    LocationIntelligence intelligence;

    @Inject
    EnforcementQueries enforcement;

    @Inject
    RatingLookup ratings;

    @Inject
    RatingDates ratingDates;

    @Inject
    PlanRepository plans;

    @Inject
    LocationRiskRepository risks;

    @Inject
    PlanningPolicy policy;

    @Inject
    Clock clock;

    /** Refreshes the chunk of registered locations after {@code afterId}; returns the last id, or null at the end. */
    @Transactional
    public String refreshChunk(String afterId, int size) {
        List<RegisteredLocation> chunk = register.after(afterId, size);
        compute(chunk);
        return chunk.size() < size ? null : chunk.get(chunk.size() - 1).id();
    }

    /** Refreshes these locations now; a location no longer registered leaves the view. */
    @Transactional
    public void refresh(Collection<String> locationIds) {
        List<RegisteredLocation> found = register.byIds(locationIds);
        locationIds.stream().filter(id -> found.stream().noneMatch(l -> l.id().equals(id))).forEach(risks::delete);
        compute(found);
    }

    @Transactional
    public int removeOlderThan(Instant before) {
        return risks.deleteOlderThan(before);
    }

    private void compute(List<RegisteredLocation> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<String> ids = chunk.stream().map(RegisteredLocation::id).toList();
        Map<String, LocationIntelligence.Signals> items = intelligence.signals(ids, now);
        Map<String, LocationEnforcement> cases = enforcement.atLocations(ids);
        Map<String, LocalDate> started = plans.lastStarted(ids);
        List<RiskRow> rows = new java.util.ArrayList<>(chunk.size());
        for (RegisteredLocation l : chunk) {
            LocationIntelligence.Signals i = items.get(l.id());
            LocationEnforcement e = cases.get(l.id());
            var rating = ratings.currentRating(l.id()).orElse(null);
            RiskSignals s = new RiskSignals(l.id(), l.registeredOn(), rating,
                    rating == null ? null : ratingDates.ratedOn(l.id()).orElse(null),
                    i == null ? 0 : i.last90Days(), i == null ? 0 : i.seriousLast30Days(), i == null ? null : i.latest(),
                    e == null ? 0 : e.openCases(), e == null ? null : e.specialMeasuresSince(), started.get(l.id()),
                    rating == null ? null : ratingDates.safe(l.id()).orElse(null));
            RiskPosition p = policy.rules().assess(s, today);
            String reasons = String.join("\n", p.reasons().stream().map(RiskReason::encode).toList());
            rows.add(new RiskRow(l.id(), l.name(), l.providerId(), Team.forServiceTypes(l.serviceTypes()).name(),
                    l.region(), p.score(), reasons.isEmpty() ? "" : reasons, rating == null ? null : rating.name(),
                    p.reinspectionDue(), p.reinspectionReason(), now));
        }
        risks.upsertAll(rows, now);
    }
}
