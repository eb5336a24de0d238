package org.inspectorate.report.domain;

import static org.inspectorate.report.domain.ReportState.DRAFT;
import static org.inspectorate.report.domain.ReportState.FACTUAL_ACCURACY;
import static org.inspectorate.report.domain.ReportState.FINAL;
import static org.inspectorate.report.domain.ReportState.IN_REVIEW;
import static org.inspectorate.report.domain.ReportState.PUBLISHED;
import static org.inspectorate.report.domain.ReportState.RETURNED;
import static org.inspectorate.report.domain.ReportState.WITHDRAWN;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
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

    /**
     * Why this actor may not make this move on a report in this state held by this owner, or empty when they
     * may: the one rule the report applies on the move and the screens apply to the buttons they show. Managers
     * alone withdraw or reinstate; quality assurance needs a second person, so the author cannot pass or return
     * their own report in review.
     */
    public Optional<String> refusedFor(ReportState state, Long ownerId, Actor a) {
        if (!allowedFrom(state)) {
            return Optional.of("This report is " + state.label().toLowerCase(Locale.ROOT) + ", so it cannot be "
                    + past + ".");
        }
        if (managersOnly && !a.manager()) {
            return Optional.of("Only managers can withdraw or reinstate a report.");
        }
        boolean reviewing = this == PASS_REVIEW || this == RETURN_TO_AUTHOR && state == IN_REVIEW;
        if (reviewing && ownerId != null && ownerId == a.id()) {
            return Optional.of("Quality assurance needs a second person: the author cannot review their own report.");
        }
        return Optional.empty();
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
