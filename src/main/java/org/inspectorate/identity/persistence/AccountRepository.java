package org.inspectorate.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.identity.domain.UserSession;

@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    /** Loads and locks the account, so concurrent failed attempts count correctly. */
    public Optional<UserAccount> findByEmailForUpdate(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where lower(u.email) = :email and u.removedAt is null",
                UserAccount.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<UserAccount> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where lower(u.email) = :email and u.removedAt is null",
                UserAccount.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    /** Staff accounts by name, a page at a time (the partial index user_account_staff). */
    public List<UserAccount> staffPage(int offset, int limit) {
        return em.createQuery("select u from UserAccount u where u.kind = org.inspectorate.identity.domain.AccountKind"
                + ".STAFF order by u.displayName, u.id", UserAccount.class).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    public long countStaff() {
        return em.createQuery("select count(u) from UserAccount u where u.kind = org.inspectorate.identity.domain"
                + ".AccountKind.STAFF", Long.class).getSingleResult();
    }

    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public void add(UserAccount account) {
        em.persist(account);
    }

    public void flush() {
        em.flush();
    }

    public void add(UserSession session) {
        em.persist(session);
    }

    public Optional<UserSession> findSession(String id) {
        return Optional.ofNullable(em.find(UserSession.class, id));
    }

    public List<UserSession> liveSessionsOf(long userId) {
        return em.createQuery("select s from UserSession s where s.user.id = :user and s.endedAt is null"
                + " order by s.lastSeenAt desc", UserSession.class)
                .setParameter("user", userId)
                .getResultList();
    }

    public Optional<UserAccount> findForUpdate(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void endSessionsOf(long userId, String exceptSessionId, java.time.Instant now, String reason) {
        for (UserSession s : liveSessionsOf(userId)) {
            if (!s.id().equals(exceptSessionId)) {
                s.end(now, reason);
            }
        }
    }

    public long countAccounts() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }
}
