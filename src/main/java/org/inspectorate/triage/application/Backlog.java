package org.inspectorate.triage.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The open backlog at one moment: every queue with its counts by state, its oldest item and how many are
 * past due, and the counts by age band and state (the dashboard's chart).
 */
public record Backlog(Instant at, long open, long unassigned, long pastDue, List<QueueSummary> queues,
        Map<String, Map<String, Long>> byAgeBandAndState) {

    public record QueueSummary(String team, String teamLabel, String region, String regionLabel, long open,
            long newCount, long assigned, long awaiting, long pastDue, Instant oldestReceivedAt, long oldestAgeDays) {
    }
}
