package org.inspectorate.registration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.inspectorate.registration.domain.ApplicationStatus;
import org.inspectorate.registration.domain.AssessmentRecord;
import org.inspectorate.registration.domain.InformationRequest;
import org.inspectorate.registration.domain.RegistrationApplication;

@ApplicationScoped
public class ApplicationRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    public Optional<RegistrationApplication> find(long id) {
        return Optional.ofNullable(em.find(RegistrationApplication.class, id));
    }

    public Optional<RegistrationApplication> findForUpdate(long id) {
        return Optional.ofNullable(em.find(RegistrationApplication.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A new provider's application by the hash of its applicant link, locked for a change. */
    public Optional<RegistrationApplication> byTokenHash(String hash) {
        return em.createQuery("select a from RegistrationApplication a where a.tokenHash = :h",
                RegistrationApplication.class).setParameter("h", hash).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** Whether the hash is of a link that was replaced by a newer one. */
    public boolean isRetiredTokenHash(String hash) {
        return !em.createNativeQuery("select 1 from registration_retired_link where token_hash = ?1")
                .setParameter(1, hash).setMaxResults(1).getResultList().isEmpty();
    }

    /** The open new-provider applications made from this email address. */
    public List<RegistrationApplication> ofApplicant(String email) {
        return em.createQuery("select a from RegistrationApplication a where lower(a.applicantEmail) = :e"
                + " and a.providerId is null order by a.id", RegistrationApplication.class)
                .setParameter("e", email.strip().toLowerCase(java.util.Locale.ROOT)).getResultList();
    }

    public long startedByApplicantSince(String email, java.time.Instant since) {
        return em.createQuery("select count(a) from RegistrationApplication a where lower(a.applicantEmail) = :e"
                + " and a.createdAt > :s", Long.class)
                .setParameter("e", email.strip().toLowerCase(java.util.Locale.ROOT)).setParameter("s", since)
                .getSingleResult();
    }

    public List<RegistrationApplication> ofProvider(String providerId, int offset, int limit) {
        return em.createQuery("select a from RegistrationApplication a where a.providerId = :p"
                + " order by a.updatedAt desc, a.id desc", RegistrationApplication.class).setParameter("p", providerId)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * The provider's applications about these locations or started by this user, for a user whose access is
     * limited to some locations.
     */
    public List<RegistrationApplication> ofProviderFor(String providerId, Collection<String> locationIds, Long userId,
            int offset, int limit) {
        return em.createQuery("select a from RegistrationApplication a where a.providerId = :p" + scoped(userId)
                + " order by a.updatedAt desc, a.id desc", RegistrationApplication.class).setParameter("p", providerId)
                .setParameter("l", locationIds.isEmpty() ? List.of("-") : locationIds)
                .setParameter("u", userId == null ? -1L : userId)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countOfProviderFor(String providerId, Collection<String> locationIds, Long userId) {
        return em.createQuery("select count(a) from RegistrationApplication a where a.providerId = :p"
                + scoped(userId), Long.class).setParameter("p", providerId)
                .setParameter("l", locationIds.isEmpty() ? List.of("-") : locationIds)
                .setParameter("u", userId == null ? -1L : userId).getSingleResult();
    }

    private static String scoped(Long userId) {
        return " and (a.locationId in :l or a.createdById = :u)";
    }

    public long countOfProvider(String providerId) {
        return em.createQuery("select count(a) from RegistrationApplication a where a.providerId = :p", Long.class)
                .setParameter("p", providerId).getSingleResult();
    }

    /** Staff queue: applications in these states, longest in their stage first. */
    public List<RegistrationApplication> inStatus(Collection<ApplicationStatus> states, int offset, int limit) {
        return em.createQuery("select a from RegistrationApplication a where a.status in :s"
                + " order by a.stageEnteredAt, a.id", RegistrationApplication.class).setParameter("s", states)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInStatus(Collection<ApplicationStatus> states) {
        return em.createQuery("select count(a) from RegistrationApplication a where a.status in :s", Long.class)
                .setParameter("s", states).getSingleResult();
    }

    public List<InformationRequest> requests(long applicationId) {
        return em.createQuery("select r from InformationRequest r where r.applicationId = :a order by r.askedAt, r.id",
                InformationRequest.class).setParameter("a", applicationId).getResultList();
    }

    public Optional<InformationRequest> request(long id) {
        return Optional.ofNullable(em.find(InformationRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<AssessmentRecord> records(long applicationId) {
        return em.createQuery("select r from AssessmentRecord r where r.applicationId = :a order by r.heldOn, r.id",
                AssessmentRecord.class).setParameter("a", applicationId).getResultList();
    }

    public EntityManager em() {
        return em;
    }
}
