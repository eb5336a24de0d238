package org.inspectorate.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.inspectorate.identity.domain.PasswordReset;
import org.inspectorate.identity.domain.RecoveryCode;

/** Password reset links and second-factor recovery codes. */
@ApplicationScoped
public class CredentialRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public void add(PasswordReset reset) {
        em.persist(reset);
    }

    public Optional<PasswordReset> resetByTokenHashForUpdate(String hash) {
        return em.createQuery("select r from PasswordReset r where r.tokenHash = :h", PasswordReset.class)
                .setParameter("h", hash).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    public Optional<PasswordReset> resetByTokenHash(String hash) {
        return em.createQuery("select r from PasswordReset r where r.tokenHash = :h", PasswordReset.class)
                .setParameter("h", hash).getResultStream().findFirst();
    }

    public long countResetsSince(long userId, Instant since) {
        return em.createQuery("select count(r) from PasswordReset r where r.userId = :u and r.createdAt > :since",
                Long.class).setParameter("u", userId).setParameter("since", since).getSingleResult();
    }

    public List<PasswordReset> usableResetsOf(long userId, Instant now) {
        return em.createQuery("select r from PasswordReset r where r.userId = :u and r.usedAt is null"
                + " and r.expiresAt > :now", PasswordReset.class)
                .setParameter("u", userId).setParameter("now", now).getResultList();
    }

    public void add(RecoveryCode code) {
        em.persist(code);
    }

    public Optional<RecoveryCode> unusedRecoveryCode(long userId, String hash) {
        return em.createQuery("select c from RecoveryCode c where c.userId = :u and c.codeHash = :h"
                + " and c.usedAt is null", RecoveryCode.class)
                .setParameter("u", userId).setParameter("h", hash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    public long countUnusedRecoveryCodes(long userId) {
        return em.createQuery("select count(c) from RecoveryCode c where c.userId = :u and c.usedAt is null",
                Long.class).setParameter("u", userId).getSingleResult();
    }

    public void deleteRecoveryCodes(long userId) {
        em.createQuery("delete from RecoveryCode c where c.userId = :u").setParameter("u", userId).executeUpdate();
    }
}
