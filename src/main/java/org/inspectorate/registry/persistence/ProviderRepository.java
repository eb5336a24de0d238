package org.inspectorate.registry.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspectorate.registry.domain.Provider;
import org.inspectorate.registry.domain.ProviderSearch;
import org.inspectorate.registry.domain.RegistrationCondition;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;

@ApplicationScoped
public class ProviderRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public Optional<Provider> find(String id) {
        return Optional.ofNullable(em.find(Provider.class, id));
    }

    public Page<Provider> search(ProviderSearch search, PageRequest page) {
        return new Page<>(list(search, page), count(search), page);
    }

    public List<Provider> list(ProviderSearch search, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Provider> query = em.createQuery("select p from Provider p" + where(search, params)
                + " order by p.name, p.id", Provider.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long count(ProviderSearch search) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("select count(p) from Provider p" + where(search, params), Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private static String where(ProviderSearch search, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (search.text() != null && !search.text().isBlank()) {
            where.append(TextFilter.condition("p", search.text(), params));
        }
        if (search.region() != null) {
            where.append(" and p.region = :region");
            params.put("region", search.region());
        }
        if (search.type() != null) {
            where.append(" and p.type = :type");
            params.put("type", search.type());
        }
        if (search.status() != null) {
            where.append(" and p.status = :status");
            params.put("status", search.status());
        }
        return where.toString();
    }

    public long locationCount(String providerId) {
        return em.createQuery("select count(l) from Location l where l.provider.id = :id", Long.class)
                .setParameter("id", providerId).getSingleResult();
    }

    public List<RegistrationCondition> conditionsOf(String providerId) {
        return em.createQuery("select c from RegistrationCondition c where c.providerId = :id"
                + " order by c.locationId nulls first, c.imposedOn, c.id", RegistrationCondition.class)
                .setParameter("id", providerId).getResultList();
    }

    public List<RegistrationCondition> conditionsOfLocation(String locationId) {
        return em.createQuery("select c from RegistrationCondition c where c.locationId = :id"
                + " order by c.imposedOn, c.id", RegistrationCondition.class)
                .setParameter("id", locationId).getResultList();
    }

    public long count() {
        return em.createQuery("select count(p) from Provider p", Long.class).getSingleResult();
    }
}
