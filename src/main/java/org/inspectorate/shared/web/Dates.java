package org.inspectorate.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants and days as people in the UK read them, for pages: {@code #{dates.dateTime(item.receivedAt)}}. */
@Named
@ApplicationScoped
public class Dates {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(UK);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** A calendar day: {@code #{dates.day(item.collectedOn)}}, "5 Nov 2026". */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }
}
