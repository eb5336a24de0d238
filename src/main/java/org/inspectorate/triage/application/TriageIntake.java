package org.inspectorate.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.triage.domain.CurrentRating;
import org.inspectorate.triage.domain.NewItem;
import org.inspectorate.triage.domain.RiskAssessment;
import org.inspectorate.triage.domain.RiskInputs;
import org.inspectorate.triage.domain.RiskRules;
import org.inspectorate.triage.domain.Theme;
import org.inspectorate.triage.domain.TriageItem;
import org.inspectorate.triage.persistence.TriageRepository;

/**
 * Puts newly received notifications and concerns into their queues. Runs inside the source's transaction
 * ({@code MANDATORY}), so that nothing is acknowledged that is not also queued. A batch is scored in one
 * look-up of the locations' recent history; items of the same batch count towards each other's history.
 */
@ApplicationScoped
public class TriageIntake {

    @Inject
    TriageRepository items;

    @Inject
    TriagePolicy policy;

    @Inject
    RatingLookup ratings;

    @Inject
    AuditLog audit;

    @Inject
    Event<TriageQueuesChanged> queuesChanged;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public TriageItem open(NewItem item) {
        return openAll(List.of(item)).get(0);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<TriageItem> openAll(List<NewItem> batch) {
        RiskRules rules = policy.rules();
        Instant now = clock.instant();
        List<String> locations = batch.stream().map(NewItem::locationId).filter(Objects::nonNull).distinct().toList();
        Map<String, long[]> recent = new HashMap<>();
        Map<String, Map<Theme, Long>> themes = new HashMap<>();
        for (TriageRepository.LocationHistory h : items.history(locations, now.minus(rules.repeatWindow()),
                now.minus(rules.recentWindow()))) {
            recent.computeIfAbsent(h.locationId(), k -> new long[1])[0] += h.sinceRecent();
            themes.computeIfAbsent(h.locationId(), k -> new HashMap<>()).merge(h.theme(), h.sinceRepeat(), Long::sum);
        }
        Map<String, CurrentRating> rated = ratings.currentRatings(locations);
        List<TriageItem> opened = new ArrayList<>();
        for (NewItem n : batch) {
            String loc = n.locationId();
            long recentCount = loc == null ? 0 : recent.getOrDefault(loc, new long[1])[0];
            long sameTheme = loc == null ? 0 : themes.getOrDefault(loc, Map.of()).getOrDefault(n.theme(), 0L);
            RiskAssessment risk = rules.assess(new RiskInputs(n.category(), n.categoryLabel(), n.defaultWeight(),
                    n.harm(), n.immediateDanger(), n.late(), loc != null, loc == null ? null : rated.get(loc),
                    recentCount, sameTheme));
            TriageItem item = new TriageItem(n, risk, n.receivedAt().plus(rules.dueWithin(n.category(), n.defaultDue())));
            items.add(item);
            audit.record("TRIAGE_ITEM_OPENED", "TriageItem", n.reference(), null, item.auditSnapshot(),
                    risk.explanation());
            if (loc != null) {
                recent.computeIfAbsent(loc, k -> new long[1])[0]++;
                themes.computeIfAbsent(loc, k -> new HashMap<>()).merge(n.theme(), 1L, Long::sum);
            }
            opened.add(item);
        }
        queuesChanged.fire(new TriageQueuesChanged());
        return opened;
    }
}
