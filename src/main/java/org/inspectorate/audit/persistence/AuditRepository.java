package org.inspectorate.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inspectorate.audit.domain.AuditEvent;
import org.inspectorate.audit.domain.AuditSearch;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;

@ApplicationScoped
public class AuditRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public Page<AuditEvent> search(AuditSearch search, PageRequest page) {
        return new Page<>(list(search, page), count(search), page);
    }

    public List<AuditEvent> list(AuditSearch search, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e" + where(search, params)
                + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long count(AuditSearch search) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where(search, params),
                Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private static String where(AuditSearch search, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (notBlank(search.person())) {
            where.append(" and (lower(e.actorName) like :person or cast(e.actorId as string) = :personId)");
            params.put("person", search.person().strip().toLowerCase(Locale.ROOT) + "%");
            params.put("personId", search.person().strip());
        }
        if (notBlank(search.entityType())) {
            where.append(" and e.entityType = :entityType");
            params.put("entityType", search.entityType().strip());
        }
        if (notBlank(search.entityId())) {
            where.append(" and e.entityId = :entityId");
            params.put("entityId", search.entityId().strip());
        }
        if (notBlank(search.action())) {
            where.append(" and e.action = :action");
            params.put("action", search.action().strip());
        }
        if (search.from() != null) {
            where.append(" and e.occurredAt >= :from");
            params.put("from", search.from().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (search.to() != null) {
            where.append(" and e.occurredAt < :to");
            params.put("to", search.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        return where.toString();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
