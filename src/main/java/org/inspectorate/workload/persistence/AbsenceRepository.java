package org.inspectorate.workload.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.workload.domain.Absence;

@ApplicationScoped
public class AbsenceRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public void add(Absence a) {
        em.persist(a);
        em.flush();
    }

    public Optional<Absence> find(long id) {
        return Optional.ofNullable(em.find(Absence.class, id));
    }

    /** A person's absences not over yet, locked so that two overlapping ones cannot both be recorded. */
    public List<Absence> currentOf(long staffId, LocalDate today) {
        return em.createQuery("select a from Absence a where a.staffId = :s and a.cancelledAt is null"
                + " and a.endsOn >= :today order by a.startsOn", Absence.class)
                .setParameter("s", staffId).setParameter("today", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** Absences not over yet (everyone's, or one person's), soonest first. */
    public List<Absence> current(Long staffId, LocalDate today, PageRequest page) {
        var q = em.createQuery("select a from Absence a where a.cancelledAt is null and a.endsOn >= :today"
                + (staffId == null ? "" : " and a.staffId = :s") + " order by a.startsOn, a.id", Absence.class)
                .setParameter("today", today);
        if (staffId != null) {
            q.setParameter("s", staffId);
        }
        return q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countCurrent(Long staffId, LocalDate today) {
        var q = em.createQuery("select count(a) from Absence a where a.cancelledAt is null and a.endsOn >= :today"
                + (staffId == null ? "" : " and a.staffId = :s"), Long.class).setParameter("today", today);
        if (staffId != null) {
            q.setParameter("s", staffId);
        }
        return q.getSingleResult();
    }

    /** Whether the person is away on that day. */
    public boolean awayOn(long staffId, LocalDate day) {
        return !em.createQuery("select a.id from Absence a where a.staffId = :s and a.cancelledAt is null"
                + " and a.startsOn <= :d and a.endsOn >= :d", Long.class)
                .setParameter("s", staffId).setParameter("d", day).setMaxResults(1).getResultList().isEmpty();
    }
}
