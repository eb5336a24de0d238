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

    private static final ZoneId UK = org.inspectorate.shared.time.UkTime.ZONE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(UK);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** A calendar day: {@code #{dates.day(item.collectedOn)}}, "5 November 2026". */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }
}
