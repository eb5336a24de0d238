package org.inspectorate.shared.work;

/** The kinds of work a member of staff holds; the names are those of the {@code open_work} view. */
public enum WorkKind {
    TRIAGE_ITEM, REPORT, APPLICATION, ENFORCEMENT_CASE, PLANNED_ASSESSMENT, ASSESSMENT
}
