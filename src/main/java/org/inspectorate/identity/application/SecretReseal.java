package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.SecretBox;
import org.inspectorate.shared.security.Secrets;

/**
 * At start-up: every authenticator seed not sealed with the current key (stored in clear before sealing, or
 * under a previous key) is sealed with it, in one transaction, audited as one event. Fails the start-up in
 * production without a key, and when a seed is sealed with a key no longer configured.
 */
@ApplicationScoped
public class SecretReseal {

    private static final Logger LOG = Logger.getLogger(SecretReseal.class.getName());

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Transactional
    @SuppressWarnings("unchecked")
    public int resealAll() {
        SecretBox box = Secrets.box();
        List<Object[]> rows = em.createNativeQuery("select id, mfa_secret from user_account where mfa_secret is not"
                + " null and mfa_secret not like ?1").setParameter(1, SecretBox.PREFIX + box.currentKeyId() + ":%")
                .getResultList();
        for (Object[] r : rows) {
            em.createNativeQuery("update user_account set mfa_secret = ?1 where id = ?2")
                    .setParameter(1, box.seal(box.open((String) r[1]))).setParameter(2, ((Number) r[0]).longValue())
                    .executeUpdate();
        }
        if (!rows.isEmpty()) {
            audit.record(Caller.system("start-up"), null, "SECRETS_RESEALED", "UserAccount", null, null,
                    java.util.Map.of("count", rows.size(), "keyId", box.currentKeyId()), null);
            LOG.info("Sealed " + rows.size() + " authenticator secrets with key " + box.currentKeyId());
        }
        return rows.size();
    }
}
