package org.inspectorate.report.domain;

import java.util.Set;

/** Where a report is in the pipeline. Every state has a way out (see {@link Transition}). */
public enum ReportState {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    RETURNED("Returned to author"),
    FACTUAL_ACCURACY("Factual accuracy check"),
    FINAL("Final"),
    PUBLISHED("Published"),
    WITHDRAWN("Withdrawn");

    /** States in which the report still waits for someone: the board and the stuck-work detector watch these. */
    public static final Set<ReportState> OPEN = Set.of(DRAFT, IN_REVIEW, RETURNED, FACTUAL_ACCURACY, FINAL);

    private final String label;

    ReportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Authors write in these states only; a report in review or with the provider is frozen. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean open() {
        return OPEN.contains(this);
    }
}
