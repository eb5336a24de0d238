package org.inspectorate.notice.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.inspectorate.notice.domain.Notice;
import org.inspectorate.notice.domain.NoticeDocument;
import org.inspectorate.notice.domain.NoticeStatus;
import org.inspectorate.notice.domain.Representation;

@ApplicationScoped
public class NoticeRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public void add(Notice n) {
        em.persist(n);
        em.flush();
    }

    public void add(NoticeDocument d) {
        em.persist(d);
    }

    public void add(Representation r) {
        em.persist(r);
    }

    public Optional<Notice> find(long id) {
        return Optional.ofNullable(em.find(Notice.class, id));
    }

    public Optional<Notice> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Notice.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<NoticeDocument> document(long noticeId) {
        return Optional.ofNullable(em.find(NoticeDocument.class, noticeId));
    }

    public List<Notice> ofSubject(String subjectType, String subjectId) {
        return em.createQuery("select n from Notice n where n.subjectType = :t and n.subjectId = :s"
                + " order by n.servedOn, n.id", Notice.class).setParameter("t", subjectType)
                .setParameter("s", subjectId).getResultList();
    }

    /**
     * The provider's notices, newest first; with a location scope, only those about one of its locations or
     * about the whole organisation (no location).
     */
    public List<Notice> ofProvider(String providerId, java.util.Optional<java.util.Set<String>> scope, int offset,
            int limit) {
        var q = em.createQuery("select n from Notice n where n.providerId = :p" + scopeClause(scope)
                + " order by n.servedOn desc, n.id desc", Notice.class).setParameter("p", providerId);
        scope.filter(s -> !s.isEmpty()).ifPresent(s -> q.setParameter("scope", s));
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countOfProvider(String providerId, java.util.Optional<java.util.Set<String>> scope) {
        var q = em.createQuery("select count(n) from Notice n where n.providerId = :p" + scopeClause(scope), Long.class)
                .setParameter("p", providerId);
        scope.filter(s -> !s.isEmpty()).ifPresent(s -> q.setParameter("scope", s));
        return q.getSingleResult();
    }

    private static String scopeClause(java.util.Optional<java.util.Set<String>> scope) {
        if (scope.isEmpty()) {
            return "";
        }
        return scope.get().isEmpty() ? " and n.locationId is null" : " and (n.locationId is null or n.locationId in :scope)";
    }

    public List<Representation> representations(long noticeId) {
        return em.createQuery("select r from Representation r where r.noticeId = :n order by r.madeAt",
                Representation.class).setParameter("n", noticeId).getResultList();
    }

    /** Open notices with a step overdue on {@code today}, oldest first. */
    public List<Notice> overdue(LocalDate today, int offset, int limit) {
        return em.createQuery("select n from Notice n where n.status = :open and (n.representationsDue < :today"
                + " or (n.takesEffectOn <= :today and n.kind = org.inspectorate.notice.domain.NoticeKind.NOTICE_OF_DECISION)"
                + " or n.complianceDue < :today) order by n.servedOn, n.id", Notice.class)
                .setParameter("open", NoticeStatus.OPEN).setParameter("today", today).setFirstResult(offset)
                .setMaxResults(limit).getResultList();
    }

    public long countOverdue(LocalDate today) {
        return em.createQuery("select count(n) from Notice n where n.status = :open and (n.representationsDue < :today"
                + " or (n.takesEffectOn <= :today and n.kind = org.inspectorate.notice.domain.NoticeKind.NOTICE_OF_DECISION)"
                + " or n.complianceDue < :today)", Long.class)
                .setParameter("open", NoticeStatus.OPEN).setParameter("today", today).getSingleResult();
    }
}
