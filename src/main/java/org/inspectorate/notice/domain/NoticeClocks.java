package org.inspectorate.notice.domain;

import java.time.LocalDate;
import org.inspectorate.shared.time.WorkingDays;

/**
 * The legal clocks of a notice, computed from its kind and the day it was served. Representations and
 * appeals are due by the end of the last day of their window: a notice of proposal served on 1 June takes
 * representations up to and including 29 June (day 28) and not on 30 June (day 29); a warning notice's
 * 10 working days start on the first working day after service and skip weekends and bank holidays.
 */
public final class NoticeClocks {

    private NoticeClocks() {
    }

    /** The last day representations are accepted; null when the kind takes none. */
    public static LocalDate representationsDue(NoticeKind kind, LocalDate servedOn, WorkingDays workingDays) {
        return switch (kind.window()) {
            case NONE -> null;
            case CALENDAR_DAYS -> servedOn.plusDays(kind.windowLength());
            case WORKING_DAYS -> workingDays.plus(servedOn, kind.windowLength());
        };
    }

    /** The last day to appeal to the Tribunal; null when no appeal lies. */
    public static LocalDate appealDue(NoticeKind kind, LocalDate servedOn, boolean appealable) {
        return kind.mayBeAppealed() && appealable ? servedOn.plusDays(NoticeKind.APPEAL_DAYS) : null;
    }

    /**
     * The day the notice takes effect, or null when it never does or is not yet known (an appeal is pending,
     * or an appeal was allowed). An appealable decision takes effect the day after its appeal window ends, or
     * on the day an appeal against it is dismissed or withdrawn; one without a right of appeal on service.
     */
    public static LocalDate takesEffect(NoticeKind kind, LocalDate servedOn, boolean appealable,
            LocalDate appealLodgedOn, LocalDate appealDecidedOn, AppealOutcome appealOutcome) {
        return switch (kind.effect()) {
            case NEVER -> null;
            case ON_SERVICE -> servedOn;
            case AFTER_APPEAL_WINDOW -> {
                if (!appealable) {
                    yield servedOn;
                }
                if (appealLodgedOn == null) {
                    yield appealDue(kind, servedOn, true).plusDays(1);
                }
                if (appealDecidedOn == null || appealOutcome == AppealOutcome.ALLOWED) {
                    yield null;
                }
                yield appealDecidedOn;
            }
        };
    }

    /** Whole days from {@code today} to {@code due}: 0 on the day itself, negative once it has passed. */
    public static long daysLeft(LocalDate today, LocalDate due) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, due);
    }
}
