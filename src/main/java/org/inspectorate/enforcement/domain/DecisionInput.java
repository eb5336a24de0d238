package org.inspectorate.enforcement.domain;

/**
 * A decision at a stage of the tree: the decision and its reasons, the meeting that took it, and, depending
 * on the decision, the breach found (stage 2) or the action chosen with its details (stage 3).
 */
public record DecisionInput(StageDecision decision, String reasons, Meeting meeting, String breach, ActionKind action,
        String actionDetail) {
}
