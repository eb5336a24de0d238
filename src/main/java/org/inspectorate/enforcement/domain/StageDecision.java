package org.inspectorate.enforcement.domain;

import java.util.Arrays;
import java.util.List;
import org.inspectorate.registry.domain.Labelled;

/**
 * The decisions open at each stage of the decision tree and where each leads: stay at the stage (more
 * information), move on, go back, or close the case. Escalating out of stage 1 convenes a decision-making or
 * management review meeting; the final review's confirmation is taken at a management review meeting.
 */
public enum StageDecision implements Labelled {
    GATHER_MORE_INFORMATION(Stage.INITIAL_ASSESSMENT, Stage.INITIAL_ASSESSMENT, "Gather more information"),
    REFER_TO_ANOTHER_BODY(Stage.INITIAL_ASSESSMENT, Stage.CLOSED, "Refer to or share with another body"),
    ESCALATE(Stage.INITIAL_ASSESSMENT, Stage.LEGAL_AND_EVIDENTIAL_REVIEW, "Escalate to legal and evidential review"),
    NO_ACTION_AFTER_ASSESSMENT(Stage.INITIAL_ASSESSMENT, Stage.CLOSED, "No enforcement action"),

    BREACH_CONFIRMED(Stage.LEGAL_AND_EVIDENTIAL_REVIEW, Stage.SELECTION_OF_ACTION,
            "Breach confirmed and evidence sufficient"),
    MORE_EVIDENCE_NEEDED(Stage.LEGAL_AND_EVIDENTIAL_REVIEW, Stage.LEGAL_AND_EVIDENTIAL_REVIEW, "More evidence needed"),
    NO_BREACH(Stage.LEGAL_AND_EVIDENTIAL_REVIEW, Stage.CLOSED, "No breach, or evidence not sufficient"),

    ACTION_SELECTED(Stage.SELECTION_OF_ACTION, Stage.FINAL_REVIEW, "Action selected"),
    NO_ACTION_SELECTED(Stage.SELECTION_OF_ACTION, Stage.CLOSED, "No enforcement action is proportionate"),

    ACTION_CONFIRMED(Stage.FINAL_REVIEW, Stage.ACTION, "Action confirmed"),
    RECONSIDER_ACTION(Stage.FINAL_REVIEW, Stage.SELECTION_OF_ACTION, "Reconsider the action"),
    NO_ACTION_AFTER_REVIEW(Stage.FINAL_REVIEW, Stage.CLOSED, "No enforcement action after final review"),

    FURTHER_ACTION_NEEDED(Stage.ACTION, Stage.SELECTION_OF_ACTION, "Further action needed: select it again"),
    CASE_CONCLUDED(Stage.ACTION, Stage.CLOSED, "Action concluded: close the case");

    private final Stage at;
    private final Stage leadsTo;
    private final String label;

    StageDecision(Stage at, Stage leadsTo, String label) {
        this.at = at;
        this.leadsTo = leadsTo;
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public Stage at() {
        return at;
    }

    public Stage leadsTo() {
        return leadsTo;
    }

    /** The meeting this decision must be taken at, or null when any or none will do. */
    public MeetingKind[] meetingRequired() {
        return switch (this) {
            case ESCALATE -> new MeetingKind[] {MeetingKind.DECISION_MAKING_MEETING,
                    MeetingKind.MANAGEMENT_REVIEW_MEETING};
            case ACTION_CONFIRMED -> new MeetingKind[] {MeetingKind.MANAGEMENT_REVIEW_MEETING};
            default -> null;
        };
    }

    public static List<StageDecision> at(Stage stage) {
        return Arrays.stream(values()).filter(d -> d.at == stage).toList();
    }
}
