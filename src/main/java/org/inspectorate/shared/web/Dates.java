package org.inspectorate.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import org.inspectorate.shared.time.Days;

/** Instants and days as people in the UK read them, for pages: {@code #{dates.dateTime(item.receivedAt)}}. */
@Named
@ApplicationScoped
public class Dates {

    public String dateTime(Instant instant) {
        return Days.writtenAt(instant);
    }

    public String date(Instant instant) {
        return Days.written(instant);
    }

    /** A calendar day: {@code #{dates.day(item.collectedOn)}}, "5 November 2026". */
    public String day(java.time.LocalDate day) {
        return Days.written(day);
    }
}
