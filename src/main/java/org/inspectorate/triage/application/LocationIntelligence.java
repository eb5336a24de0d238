package org.inspectorate.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What notifications and concerns say about a batch of locations, for risk-based planning: how many arrived in
 * the last 90 days, how many of those in the last 30 days were serious (severe harm or a death reported, someone in
 * danger now, or a risk score of 60 or more), and the latest.
 * One query per batch over the location and time index of triage items.
 */
@ApplicationScoped
public class LocationIntelligence {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public record Signals(String locationId, long last90Days, long seriousLast30Days, Instant latest) {
    }

    @Transactional
    public Map<String, Signals> signals(Collection<String> locationIds, Instant now) {
        Map<String, Signals> found = new HashMap<>();
        if (locationIds.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select location_id, count(*),
                       count(*) filter (where received_at >= ?3 and (serious or risk_score >= ?4)),
                       max(received_at)
                from triage_item where location_id = any(cast(?1 as varchar[])) and received_at >= ?2
                group by location_id
                """).setParameter(1, locationIds.toArray(new String[0]))
                .setParameter(2, Timestamp.from(now.minus(Duration.ofDays(90))))
                .setParameter(3, Timestamp.from(now.minus(Duration.ofDays(30)))).setParameter(4,
                        org.inspectorate.triage.domain.RiskAssessment.SERIOUS_SCORE)
                .getResultList();
        for (Object[] r : rows) {
            Instant latest = r[3] instanceof Timestamp t ? t.toInstant() : r[3] instanceof Instant i ? i
                    : r[3] instanceof java.time.OffsetDateTime o ? o.toInstant() : null;
            found.put((String) r[0], new Signals((String) r[0], ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(), latest));
        }
        return found;
    }
}
