package org.inspectorate.report.application;

import java.time.Instant;
import java.util.Map;

/** For /metrics: reports per state, the oldest time in each state, and publication within target. */
public record ReportStats(Map<String, Long> counts, Map<String, Instant> oldestSince, long published,
        long publishedWithinTarget, Instant at) {

    public double shareWithinTarget() {
        return published == 0 ? 0 : (double) publishedWithinTarget / published;
    }
}
