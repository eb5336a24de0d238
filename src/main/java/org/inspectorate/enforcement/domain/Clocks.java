package org.inspectorate.enforcement.domain;

import java.time.LocalDate;
import org.inspectorate.shared.time.WorkingDays;

/**
 * The legal clocks of enforcement (DOMAIN.md 4.2, 6.2, 6.4). "Within N days of service" ends on the Nth day
 * after the service date (the service date itself does not count); a decision not appealed takes effect on the
 * day after its appeal window ends.
 */
public final class Clocks {

    /** Warning notices: written representations within 10 working days (HSCA s29). */
    public static final int WARNING_REPRESENTATIONS_WORKING_DAYS = 10;
    /** Notices of Proposal: written representations within 28 days. */
    public static final int PROPOSAL_REPRESENTATIONS_DAYS = 28;
    /** Notices of Decision and urgent (s31) notices: appeal to the First-tier Tribunal within 28 days. */
    public static final int APPEAL_DAYS = 28;
    /** The regulator aims to answer representations within 20 working days. */
    public static final int RESPONSE_WORKING_DAYS = 20;
    /** Requirement notices and fixed penalty notices: the provider's action report or payment [background]. */
    public static final int NOTICE_RESPONSE_DAYS = 28;
    /** Special measures and Inadequate ratings: re-inspection within 6 months. */
    public static final int REINSPECTION_MONTHS = 6;

    private Clocks() {
    }

    public static LocalDate warningRepresentationsDue(LocalDate served, WorkingDays days) {
        return days.plus(served, WARNING_REPRESENTATIONS_WORKING_DAYS);
    }

    public static LocalDate proposalRepresentationsDue(LocalDate served) {
        return served.plusDays(PROPOSAL_REPRESENTATIONS_DAYS);
    }

    public static LocalDate appealDue(LocalDate served) {
        return served.plusDays(APPEAL_DAYS);
    }

    /** A decision that is not appealed takes effect the day after the appeal window closes. */
    public static LocalDate takesEffect(LocalDate appealDue) {
        return appealDue.plusDays(1);
    }

    public static LocalDate responseDue(LocalDate representationsDue, WorkingDays days) {
        return days.plus(representationsDue, RESPONSE_WORKING_DAYS);
    }

    public static LocalDate noticeResponseDue(LocalDate served) {
        return served.plusDays(NOTICE_RESPONSE_DAYS);
    }

    public static LocalDate reinspectionDue(LocalDate from) {
        return from.plusMonths(REINSPECTION_MONTHS);
    }
}
