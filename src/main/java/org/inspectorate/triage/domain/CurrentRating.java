package org.inspectorate.triage.domain;

/** A location's current overall rating, as far as the risk rules are concerned. */
public enum CurrentRating {
    OUTSTANDING,
    GOOD,
    REQUIRES_IMPROVEMENT,
    INADEQUATE
}
