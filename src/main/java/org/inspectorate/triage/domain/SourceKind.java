package org.inspectorate.triage.domain;

/** Where a triage item came from. */
public enum SourceKind {
    NOTIFICATION,
    CONCERN
}
