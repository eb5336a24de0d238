package org.inspectorate.enforcement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inspectorate.enforcement.domain.ActionKind;
import org.inspectorate.enforcement.persistence.EnforcementRepository;
import org.inspectorate.rating.application.ActiveBreach;
import org.inspectorate.rating.application.BreachSource;

/**
 * Breaches established by enforcement, for the rating limiters: an open case with a confirmed breach and an action
 * in force (conditions, urgent action, special measures), or a warning or requirement notice served and not yet
 * completed or withdrawn. They concern no key question in particular, so they limit the overall rating. Answers
 * from committed data, whoever asks, one query for any number of locations.
 */
@ApplicationScoped
public class EnforcementBreachSource implements BreachSource {

    @Inject
    EnforcementRepository cases;

    @Override
    @Transactional
    public List<ActiveBreach> activeBreaches(String locationId) {
        return activeBreaches(List.of(locationId)).getOrDefault(locationId, List.of());
    }

    @Override
    @Transactional
    public Map<String, List<ActiveBreach>> activeBreaches(Collection<String> locationIds) {
        Map<String, List<ActiveBreach>> out = new HashMap<>();
        for (Object[] r : cases.activeBreaches(locationIds)) {
            ActionKind kind = (ActionKind) r[3];
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new ActiveBreach(
                    kind.label().toLowerCase(java.util.Locale.ROOT) + " on enforcement case " + r[1], (String) r[2], null,
                    (String) r[5], (LocalDate) r[4]));
        }
        return out;
    }
}
