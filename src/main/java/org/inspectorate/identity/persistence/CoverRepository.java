package org.inspectorate.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.inspectorate.identity.domain.LocationCover;
import org.inspectorate.shared.domain.PageRequest;

@ApplicationScoped
public class CoverRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public void add(LocationCover cover) {
        em.persist(cover);
        em.flush();
    }

    public Optional<LocationCover> find(long id) {
        return Optional.ofNullable(em.find(LocationCover.class, id));
    }

    /** Cover not yet over (current or upcoming, not ended early), soonest end first. */
    public List<LocationCover> current(String providerId, LocalDate today, PageRequest page) {
        return em.createQuery("select c from LocationCover c where c.providerId = :p and c.endedAt is null"
                + " and c.endsOn >= :today order by c.endsOn, c.id", LocationCover.class)
                .setParameter("p", providerId).setParameter("today", today)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countCurrent(String providerId, LocalDate today) {
        return em.createQuery("select count(c) from LocationCover c where c.providerId = :p and c.endedAt is null"
                + " and c.endsOn >= :today", Long.class)
                .setParameter("p", providerId).setParameter("today", today).getSingleResult();
    }

    /** Cover a user gives or receives that is not over, for ending it when the user leaves. */
    public List<LocationCover> currentInvolving(long userId, LocalDate today) {
        return em.createQuery("select c from LocationCover c where (c.coveringUser = :u or c.coveredUser = :u)"
                + " and c.endedAt is null and c.endsOn >= :today", LocationCover.class)
                .setParameter("u", userId).setParameter("today", today).getResultList();
    }

    /** A live cover of {@code covered} by {@code covering} sharing a day with [startsOn, endsOn], if any. */
    public Optional<LocationCover> overlapping(long covering, long covered, LocalDate startsOn, LocalDate endsOn) {
        return em.createQuery("select c from LocationCover c where c.coveringUser = :a and c.coveredUser = :b"
                + " and c.endedAt is null and c.startsOn <= :last and c.endsOn >= :first order by c.startsOn",
                LocationCover.class).setParameter("a", covering).setParameter("b", covered)
                .setParameter("first", startsOn).setParameter("last", endsOn).setMaxResults(1).getResultStream()
                .findFirst();
    }
}
