package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.domain.ApiClient;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.Validation;
import org.inspectorate.shared.security.Caller;

/** Creating, listing, revoking and authenticating an organisation's API clients. */
@ApplicationScoped
public class ApiClientService {

    public static final String ROLE = "API_CLIENT";

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ProviderAccess access;

    /** The new key, shown once and never stored. */
    public record Issued(long id, String name, String key) {
    }

    @Transactional
    public Issued create(String providerId, String name, Long createdBy) {
        new Validation().requireText(name, "name", "a name for the API client", 100).throwIfInvalid();
        String key = ApiClient.KEY_PREFIX + SessionTokens.newToken();
        ApiClient client = new ApiClient(providerId, name.strip(), key, SessionTokens.hash(key), createdBy,
                clock.instant());
        em.persist(client);
        audit.record("API_CLIENT_CREATED", "ApiClient", String.valueOf(client.id()), null, client.auditSnapshot(),
                null);
        return new Issued(client.id(), client.name(), key);
    }

    /** Creates a client with a known key: demo data only. */
    @Transactional
    public void createWithKey(String providerId, String name, String key) {
        if (findByKey(key).isEmpty()) {
            ApiClient client = new ApiClient(providerId, name, key, SessionTokens.hash(key), null, clock.instant());
            em.persist(client);
            audit.record("API_CLIENT_CREATED", "ApiClient", String.valueOf(client.id()), null,
                    client.auditSnapshot(), "Demo API client");
        }
    }

    @Transactional
    public List<ApiClient> list(String providerId) {
        return em.createQuery("select c from ApiClient c where c.providerId = :p order by c.createdAt desc",
                ApiClient.class).setParameter("p", providerId).getResultList();
    }

    @Transactional
    public void revoke(String providerId, long id) {
        ApiClient client = em.find(ApiClient.class, id);
        access.checkOwnedBy("ApiClient", String.valueOf(id), client == null ? null : client.providerId());
        if (!client.providerId().equals(providerId)) {
            throw new NotFound("API client", String.valueOf(id));
        }
        var before = client.auditSnapshot();
        client.revoke(clock.instant());
        audit.record("API_CLIENT_REVOKED", "ApiClient", String.valueOf(id), before, client.auditSnapshot(), null);
    }

    /** The caller behind a Bearer key, if the key is known and not revoked. */
    @Transactional
    public Optional<Caller> authenticate(String key) {
        if (key == null || !key.startsWith(ApiClient.KEY_PREFIX)) {
            return Optional.empty();
        }
        return findByKey(key).filter(ApiClient::active).map(c -> {
            c.used(clock.instant());
            return callerOf(c);
        });
    }

    private Optional<ApiClient> findByKey(String key) {
        return em.createQuery("select c from ApiClient c where c.keyHash = :h", ApiClient.class)
                .setParameter("h", SessionTokens.hash(key)).getResultStream().findFirst();
    }

    static Caller callerOf(ApiClient c) {
        return new Caller(null, "API client " + c.id() + " (" + c.name() + ")", Caller.Kind.PROVIDER, c.providerId(),
                java.util.Set.of("PROVIDER", ROLE), "api-client-" + c.id());
    }
}
