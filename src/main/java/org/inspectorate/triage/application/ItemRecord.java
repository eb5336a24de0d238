package org.inspectorate.triage.application;

import java.time.Instant;
import java.util.List;

/** An item with its risk working, decision history and what its source says. */
public record ItemRecord(QueueRow item, String providerId, List<String> riskReasons, String outcome,
        String outcomeReasons, Instant decidedAt, int version, List<DecisionRecord> decisions, SourceView source) {

    public record DecisionRecord(String outcome, String reasons, String decidedBy, Instant decidedAt) {
    }
}
