package org.inspectorate.audit.api;

import java.time.Instant;
import org.inspectorate.audit.domain.AuditEvent;

/** One audit event as the API returns it; before and after are JSON text. */
public record AuditRecord(long id, Instant occurredAt, Long actorId, String actorName, String actorKind,
        String sourceIp, String action, String entityType, String entityId, String before, String after,
        String detail) {

    static AuditRecord of(AuditEvent e) {
        return new AuditRecord(e.id(), e.occurredAt(), e.actorId(), e.actorName(), e.actorKind(), e.sourceIp(),
                e.action(), e.entityType(), e.entityId(), e.before(), e.after(), e.detail());
    }
}
