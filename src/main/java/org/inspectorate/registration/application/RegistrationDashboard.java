package org.inspectorate.registration.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The registration backlog at one moment: open applications by type and stage, by stage and age band, the
 * oldest in each stage, time from validation to decision against the target, and overdue steps.
 */
public record RegistrationDashboard(Instant at, int targetWeeks, long open, List<TypeRow> byType,
        Map<String, Map<String, Long>> byStageAndAge, List<Oldest> oldest, DecisionTimes decisions,
        long overTarget, long overdueRequests, long overdueNotices) {

    /** Age bands of time in the current stage. */
    public static final List<String> BANDS = List.of("Under 2 weeks", "2 to 6 weeks", "6 to 10 weeks", "Over 10 weeks");

    /** Open applications of one type, by status. */
    public record TypeRow(String type, String typeLabel, Map<String, Long> byStatus, long total) {
    }

    /** The application longest in one stage. */
    public record Oldest(String status, String statusLabel, long applicationId, String reference, Instant since,
            long days) {
    }

    /** Decisions in the last 12 months, days from validation to decision. */
    public record DecisionTimes(long decided, double medianDays, double averageDays, long withinTarget,
            double longestDays) {

        public long percentWithinTarget() {
            return decided == 0 ? 0 : Math.round(100.0 * withinTarget / decided);
        }
    }
}
