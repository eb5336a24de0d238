package org.inspectorate.report.domain;

import static org.inspectorate.report.domain.ReportState.DRAFT;
import static org.inspectorate.report.domain.ReportState.FACTUAL_ACCURACY;
import static org.inspectorate.report.domain.ReportState.FINAL;
import static org.inspectorate.report.domain.ReportState.IN_REVIEW;
import static org.inspectorate.report.domain.ReportState.PUBLISHED;
import static org.inspectorate.report.domain.ReportState.RETURNED;
import static org.inspectorate.report.domain.ReportState.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves between states. Forward: submit, pass review (starts the factual accuracy check), finalise,
 * publish. Back: return to the author (from review, factual accuracy or final), withdraw (from anywhere, even
 * published; managers) and reinstate a withdrawn report as a draft (managers).
 */
public enum Transition {
    SUBMIT_FOR_REVIEW(IN_REVIEW, false, false, "submitted for review", DRAFT, RETURNED),
    RETURN_TO_AUTHOR(RETURNED, true, false, "returned to the author", IN_REVIEW, FACTUAL_ACCURACY, FINAL),
    PASS_REVIEW(FACTUAL_ACCURACY, false, false, "passed review", IN_REVIEW),
    FINALISE(FINAL, false, false, "finalised", FACTUAL_ACCURACY),
    PUBLISH(PUBLISHED, false, false, "published", FINAL),
    WITHDRAW(WITHDRAWN, true, true, "withdrawn", DRAFT, IN_REVIEW, RETURNED, FACTUAL_ACCURACY, FINAL, PUBLISHED),
    REINSTATE(DRAFT, true, true, "reinstated as a draft", WITHDRAWN);

    private final ReportState to;
    private final boolean reasonRequired;
    private final boolean managersOnly;
    private final String past;
    private final Set<ReportState> from;

    Transition(ReportState to, boolean reasonRequired, boolean managersOnly, String past, ReportState first,
            ReportState... rest) {
        this.to = to;
        this.reasonRequired = reasonRequired;
        this.managersOnly = managersOnly;
        this.past = past;
        this.from = EnumSet.of(first, rest);
    }

    public ReportState to() {
        return to;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public boolean managersOnly() {
        return managersOnly;
    }

    public String past() {
        return past;
    }

    public boolean allowedFrom(ReportState state) {
        return from.contains(state);
    }

    /** The moves a report in this state may make. */
    public static Set<Transition> from(ReportState state) {
        Set<Transition> out = EnumSet.noneOf(Transition.class);
        for (Transition t : values()) {
            if (t.allowedFrom(state)) {
                out.add(t);
            }
        }
        return out;
    }
}
