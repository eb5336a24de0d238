package org.inspectorate.triage.domain;

/**
 * Which open items a queue shows: any filter may be null. {@code region} is a registry Region name, or
 * {@link #NO_REGION} for items not linked to a location. {@code pastDueOnly} lists the overdue items,
 * oldest due first; {@code oldestFirst} orders by the time received, longest waiting first; otherwise the order is
 * highest risk first, then soonest due.
 */
public record QueueFilter(Team team, String region, TriageState state, Long assigneeId, boolean pastDueOnly,
        boolean oldestFirst) {

    public static final String NO_REGION = "NONE";

    public static QueueFilter everything() {
        return new QueueFilter(null, null, null, null, false, false);
    }

    public QueueFilter {
        if (state == TriageState.CLOSED) {
            throw new IllegalArgumentException("Queues hold open items only");
        }
    }
}
