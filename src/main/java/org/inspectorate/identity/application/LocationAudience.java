package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The provider users who should hear about a location: active users of its organisation who reach every
 * location (administrators, read-only users) or have it among their own locations. Used to send the draft
 * report for its factual accuracy check.
 */
@ApplicationScoped
public class LocationAudience {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public record Recipient(long userId, String name, String email) {
    }

    @Transactional
    public List<Recipient> of(String providerId, String locationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select u.id, u.display_name, u.email from user_account u
                where u.kind = 'PROVIDER' and u.provider_id = ?1 and u.active and u.removed_at is null
                  and (exists (select 1 from user_role r where r.user_id = u.id and r.role in ('PROVIDER_ADMIN', 'READ_ONLY'))
                       or exists (select 1 from user_location_scope s where s.user_id = u.id and s.location_id = ?2))
                order by u.id
                """).setParameter(1, providerId).setParameter(2, locationId).setMaxResults(200).getResultList();
        return rows.stream().map(r -> new Recipient(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                .toList();
    }
}
