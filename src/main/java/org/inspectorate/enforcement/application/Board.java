package org.inspectorate.enforcement.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Open cases by stage and by how long they have been at it (bands: under 7 days, 7 to 27, 28 to 89, 90 or
 * more), with the oldest at each stage, and actions whose clocks are overdue.
 */
public record Board(Instant at, long open, List<StageColumn> stages, long overdueClocks,
        Map<String, Long> overdueByKind) {

    public record StageColumn(String stage, String label, long count, List<Long> byAge, Instant oldest,
            long oldestDays) {
    }

    public static final List<String> AGE_BANDS = List.of("Under 7 days", "7 to 27 days", "28 to 89 days",
            "90 days or more");
}
