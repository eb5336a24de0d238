package org.inspectorate.planning.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.inspectorate.enforcement.domain.Clocks;
import org.inspectorate.triage.domain.CurrentRating;
import org.inspectorate.shared.time.Days;

/**
 * The planning risk rules: every signal that moves a location up the list adds points with a reason people can
 * read; the score is their sum, kept between 0 and 100. Re-inspection is due 6 months after an Inadequate rating
 * or entry to special measures, unless an assessment has started since.
 */
public final class RiskRules {

    /** The points each rule adds; see README "Planning risk rules". */
    public record Weights(int inadequate, int requiresImprovement, int good, int outstanding, int ratingOld,
            int ratingVeryOld, int newNotAssessed, int neverRated, int perItem, int itemsCap, int perSerious,
            int seriousCap, int openCase, int specialMeasures, int reinspectionOverdue, int safeInadequate,
            int safeRequiresImprovement) {

        public static Weights defaults() {
            return new Weights(35, 20, 0, -5, 10, 15, 25, 20, 2, 20, 10, 30, 20, 30, 15, 20, 10);
        }
    }

    public static final int OLD_RATING_MONTHS = 24;
    public static final int VERY_OLD_RATING_MONTHS = 48;
    public static final int NEW_REGISTRATION_MONTHS = 12;

    private final Weights w;

    public RiskRules(Weights weights) {
        this.w = weights;
    }

    public RiskPosition assess(RiskSignals s, LocalDate today) {
        List<RiskReason> reasons = new ArrayList<>();
        rating(s, today, reasons);
        safe(s, reasons);
        intelligence(s, today, reasons);
        if (s.openCases() > 0) {
            reasons.add(new RiskReason(w.openCase(), s.openCases() == 1 ? "Open enforcement case"
                    : s.openCases() + " open enforcement cases"));
        }
        LocalDate due = null;
        String why = null;
        if (s.rating() == CurrentRating.INADEQUATE && s.ratedOn() != null && !started(s, s.ratedOn())) {
            due = Clocks.reinspectionDue(s.ratedOn());
            why = "Inadequate rating of " + Days.written(s.ratedOn());
        }
        if (s.specialMeasuresSince() != null) {
            LocalDate smDue = Clocks.reinspectionDue(s.specialMeasuresSince());
            reasons.add(new RiskReason(w.specialMeasures(), "In special measures since "
                    + Days.written(s.specialMeasuresSince()) + "; re-inspection due " + Days.written(smDue)));
            if (!started(s, s.specialMeasuresSince()) && (due == null || smDue.isBefore(due))) {
                due = smDue;
                why = "Special measures since " + Days.written(s.specialMeasuresSince());
            }
        }
        if (due != null && today.isAfter(due)) {
            reasons.add(new RiskReason(w.reinspectionOverdue(), "Re-inspection overdue since " + Days.written(due.plusDays(1))
                    + " (" + Character.toLowerCase(why.charAt(0)) + why.substring(1) + ")"));
        }
        int score = Math.max(0, Math.min(100, reasons.stream().mapToInt(RiskReason::points).sum()));
        return new RiskPosition(score, reasons, due, why);
    }

    private void rating(RiskSignals s, LocalDate today, List<RiskReason> reasons) {
        if (s.rating() == null) {
            long months = s.registeredOn() == null ? Long.MAX_VALUE : ChronoUnit.MONTHS.between(s.registeredOn(), today);
            if (months < NEW_REGISTRATION_MONTHS) {
                reasons.add(new RiskReason(w.newNotAssessed(), "Registered " + ago(months) + ", not yet assessed"));
            } else {
                reasons.add(new RiskReason(w.neverRated(), "Not rated since registration"
                        + (s.registeredOn() == null ? "" : " on " + Days.written(s.registeredOn()))));
            }
            return;
        }
        int points = switch (s.rating()) {
            case INADEQUATE -> w.inadequate();
            case REQUIRES_IMPROVEMENT -> w.requiresImprovement();
            case GOOD -> w.good();
            case OUTSTANDING -> w.outstanding();
        };
        String name = switch (s.rating()) {
            case INADEQUATE -> "Inadequate";
            case REQUIRES_IMPROVEMENT -> "Requires improvement";
            case GOOD -> "Good";
            case OUTSTANDING -> "Outstanding";
        };
        if (s.ratedOn() == null) {
            reasons.add(new RiskReason(points, name + " rating (date not known)"));
            return;
        }
        long months = ChronoUnit.MONTHS.between(s.ratedOn(), today);
        int age = months >= VERY_OLD_RATING_MONTHS ? w.ratingVeryOld() : months >= OLD_RATING_MONTHS ? w.ratingOld() : 0;
        reasons.add(new RiskReason(points + age, name + " rating " + months + (months == 1 ? " month" : " months")
                + " old" + (age > 0 ? ", due a fresh look" : "")));
    }

    /** Safe rated Requires improvement or Inadequate adds to the overall rating's points: safety comes first. */
    private void safe(RiskSignals s, List<RiskReason> reasons) {
        if (s.safeRating() == CurrentRating.INADEQUATE) {
            reasons.add(new RiskReason(w.safeInadequate(), "Safe rated Inadequate"));
        } else if (s.safeRating() == CurrentRating.REQUIRES_IMPROVEMENT) {
            reasons.add(new RiskReason(w.safeRequiresImprovement(), "Safe rated Requires improvement"));
        }
    }

    private void intelligence(RiskSignals s, LocalDate today, List<RiskReason> reasons) {
        if (s.seriousLast30Days() > 0) {
            reasons.add(new RiskReason((int) Math.min(w.seriousCap(), s.seriousLast30Days() * w.perSerious()),
                    s.seriousLast30Days() + (s.seriousLast30Days() == 1 ? " notification or concern" : " notifications or concerns")
                            + " of serious harm or risk in 30 days"));
        }
        if (s.itemsLast90Days() > 0) {
            String latest = s.latestItemAt() == null ? "" : ", the latest " + ago(s.latestItemAt(), today);
            reasons.add(new RiskReason((int) Math.min(w.itemsCap(), s.itemsLast90Days() * w.perItem()),
                    s.itemsLast90Days() + (s.itemsLast90Days() == 1 ? " notification or concern" : " notifications or concerns")
                            + " in 90 days" + latest));
        }
    }

    private static boolean started(RiskSignals s, LocalDate since) {
        return s.lastAssessmentStartedOn() != null && !s.lastAssessmentStartedOn().isBefore(since);
    }

    private static String ago(long months) {
        return months <= 0 ? "this month" : months == 1 ? "1 month ago" : months + " months ago";
    }

    private static String ago(Instant at, LocalDate today) {
        long d = Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(at, ZoneOffset.UTC), today));
        return d == 0 ? "today" : d == 1 ? "1 day ago" : d + " days ago";
    }
}
