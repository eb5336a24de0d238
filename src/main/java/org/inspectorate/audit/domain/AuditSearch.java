package org.inspectorate.audit.domain;

import java.time.LocalDate;

/** Filters for searching the audit trail; any may be null. */
public record AuditSearch(String person, String entityType, String entityId, String action, LocalDate from,
        LocalDate to) {

    public static AuditSearch everything() {
        return new AuditSearch(null, null, null, null, null, null);
    }
}
