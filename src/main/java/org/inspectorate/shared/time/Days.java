package org.inspectorate.shared.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A day as letters and notices write it: 31 January 2027. */
public final class Days {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Days() {
    }

    public static String written(LocalDate day) {
        return day == null ? "" : WRITTEN.format(day);
    }
}
