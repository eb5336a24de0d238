package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.inspectorate.identity.domain.AccountKind;
import org.inspectorate.identity.domain.UserAccount;

/** The regulator's active staff, for choosing whom to assign work to. */
@ApplicationScoped
public class StaffDirectory {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public record StaffMember(long id, String name, String email) {
    }

    @Transactional
    public List<StaffMember> active() {
        return em.createQuery("select u from UserAccount u where u.kind = :k and u.active = true"
                + " order by u.displayName, u.id", UserAccount.class).setParameter("k", AccountKind.STAFF)
                .setMaxResults(1000).getResultStream().map(StaffDirectory::of).toList();
    }

    @Transactional
    public Optional<StaffMember> find(long id) {
        UserAccount u = em.find(UserAccount.class, id);
        return u == null || u.kind() != AccountKind.STAFF || !u.active() ? Optional.empty() : Optional.of(of(u));
    }

    /** Any staff account, active or not: for naming people whose work or absence is listed. */
    @Transactional
    public Optional<StaffMember> anyStaff(long id) {
        UserAccount u = em.find(UserAccount.class, id);
        return u == null || u.kind() != AccountKind.STAFF ? Optional.empty() : Optional.of(of(u));
    }

    private static StaffMember of(UserAccount u) {
        return new StaffMember(u.id(), u.displayName(), u.email());
    }
}
