package org.inspectorate.report.application;

import java.time.Instant;

/** One move in a report's history. */
public record MoveRecord(String transition, String fromState, String toState, String actor, String reason,
        Instant movedAt) {
}
