package org.inspectorate.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import org.inspectorate.audit.domain.AuditEvent;
import org.inspectorate.shared.json.Jsons;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.RequestActor;
import org.inspectorate.shared.text.Bounded;

/**
 * Writes audit records. Must be called inside the transaction of the change it records, so that the
 * change and its record commit or roll back together ({@link Transactional.TxType#MANDATORY}).
 */
@ApplicationScoped
public class AuditLog {

    private static final int MAX_VALUE = 2000;
    private static final int MAX_ITEMS = 200;

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    /** The request's actor (a client proxy: outside a request, using it throws ContextNotActiveException). */
    @Inject
    RequestActor requestActor;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, String entityId, Map<String, ?> before,
            Map<String, ?> after, String detail) {
        record(currentCaller(), sourceIp(), action, entityType, entityId, before, after, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, String entityId, String detail) {
        record(action, entityType, entityId, null, null, detail);
    }

    /**
     * A security event, such as a refused access, recorded in its own transaction: it stays on record even
     * when the request that caused it fails and rolls back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSecurityEvent(String action, String entityType, String entityId, String detail) {
        Caller caller = currentCaller();
        em.persist(new AuditEvent(Instant.now(), caller.userId(), caller.name(), caller.kind().name(), sourceIp(),
                action, entityType, entityId, null, null, detail));
        try {
            requestActor.noteSecurityEventRecorded();
        } catch (ContextNotActiveException e) {
            // outside a request: nothing to note
        }
    }

    /** For events where the actor is known explicitly, such as a sign-in attempt. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String sourceIp, String action, String entityType, String entityId,
            Map<String, ?> before, Map<String, ?> after, String detail) {
        em.persist(new AuditEvent(Instant.now(), caller.userId(), caller.name(), caller.kind().name(), sourceIp,
                action, entityType, entityId, toJson(before), toJson(after), detail));
    }

    private Caller currentCaller() {
        try {
            return requestActor.caller();
        } catch (ContextNotActiveException e) {
            return Caller.system("system");
        }
    }

    private String sourceIp() {
        try {
            return requestActor.sourceIp();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    /** Values as JSON, each text value bounded: an audit record never holds unbounded caller input. */
    static String toJson(Map<String, ?> values) {
        if (values == null) {
            return null;
        }
        Map<String, Object> bounded = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> bounded.put(k, bound(v)));
        return Jsons.write(bounded);
    }

    private static Object bound(Object value) {
        if (value instanceof String s) {
            return Bounded.of(s, MAX_VALUE);
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.stream().limit(MAX_ITEMS).map(AuditLog::bound).toList();
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> inner = new java.util.LinkedHashMap<>();
            m.entrySet().stream().limit(MAX_ITEMS).forEach(e -> inner.put(String.valueOf(e.getKey()), bound(e.getValue())));
            return inner;
        }
        return value;
    }
}
