package org.inspectorate.shared.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** England's clock: legal dates (a decision's day, a deadline) are days in UK time, whatever the server's zone. */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
