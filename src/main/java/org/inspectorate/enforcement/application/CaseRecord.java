package org.inspectorate.enforcement.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A case with its decisions, evidence and actions, and the decisions open at its current stage. */
public record CaseRecord(CaseRow summary, String breach, String actionDetail, boolean actionTaken, String openedBy,
        Instant closedAt, List<DecisionRecord> decisions, List<EvidenceRecord> evidence, List<ActionRecord> actions,
        List<Option> decisionsOpen) {

    public record DecisionRecord(String stage, String stageLabel, String decision, String decisionLabel,
            String reasons, String meetingKind, String meetingLabel, LocalDate meetingDate, String attendees,
            String decidedBy, Instant decidedAt) {
    }

    public record EvidenceRecord(long id, String kind, String kindLabel, String reference, String description,
            String addedBy, Instant addedAt) {
    }

    public record Option(String name, String label) {
    }
}
