package org.inspectorate.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.inspectorate.notification.domain.Notification;
import org.inspectorate.notification.domain.NotificationDraft;

@ApplicationScoped
public class NotificationRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public void add(Notification n) {
        em.persist(n);
    }

    /** Writes now, so that a clash of keys or references surfaces inside the use case, not at commit. */
    public void flush() {
        em.flush();
    }

    /** Earlier notifications of the organisation with any of these client keys, by key. */
    public Map<String, Notification> byClientKeys(String providerId, Collection<String> keys) {
        Map<String, Notification> found = new HashMap<>();
        em.createQuery("select n from Notification n where n.providerId = :p and n.clientKey in :keys",
                Notification.class).setParameter("p", providerId).setParameter("keys", keys).getResultList()
                .forEach(n -> found.put(n.clientKey(), n));
        return found;
    }

    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    public Optional<Notification> findByReference(String reference) {
        return em.createQuery("select n from Notification n where n.reference = :r", Notification.class)
                .setParameter("r", reference).getResultStream().findFirst();
    }

    /** A provider's notifications, newest first; with {@code locations}, only those at these locations. */
    public List<Notification> ofProvider(String providerId, Collection<String> locations, int offset, int limit) {
        var q = em.createQuery("select n from Notification n where n.providerId = :p" + atLocations(locations)
                + " order by n.submittedAt desc, n.id desc", Notification.class).setParameter("p", providerId);
        if (locations != null && !locations.isEmpty()) {
            q.setParameter("l", locations);
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countOfProvider(String providerId, Collection<String> locations) {
        var q = em.createQuery("select count(n) from Notification n where n.providerId = :p" + atLocations(locations),
                Long.class).setParameter("p", providerId);
        if (locations != null && !locations.isEmpty()) {
            q.setParameter("l", locations);
        }
        return q.getSingleResult();
    }

    private static String atLocations(Collection<String> locations) {
        if (locations == null) {
            return "";
        }
        return locations.isEmpty() ? " and 1 = 0" : " and n.locationId in :l";
    }

    public void add(NotificationDraft draft) {
        em.persist(draft);
    }

    public Optional<NotificationDraft> draft(UUID id) {
        return Optional.ofNullable(em.find(NotificationDraft.class, id));
    }

    public void remove(NotificationDraft draft) {
        em.remove(draft);
    }

    /** A provider's drafts, last changed first; with {@code locations}, only those for these locations. */
    public List<NotificationDraft> draftsOf(String providerId, Collection<String> locations, int limit) {
        String where = locations == null ? "" : locations.isEmpty() ? " and 1 = 0" : " and d.locationId in :l";
        var q = em.createQuery("select d from NotificationDraft d where d.providerId = :p" + where
                + " order by d.updatedAt desc", NotificationDraft.class).setParameter("p", providerId);
        if (locations != null && !locations.isEmpty()) {
            q.setParameter("l", locations);
        }
        return q.setMaxResults(limit).getResultList();
    }
}
