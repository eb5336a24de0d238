package org.inspectorate.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days and times as screens, letters and notices write them: 31 January 2027; 31 January 2027, 14:05 (UK time). */
public final class Days {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WRITTEN_AT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private Days() {
    }

    public static String written(LocalDate day) {
        return day == null ? "" : WRITTEN.format(day);
    }

    /** The day of the instant in UK time. */
    public static String written(Instant instant) {
        return instant == null ? "" : WRITTEN.format(instant.atZone(UkTime.ZONE));
    }

    /** The instant's day and time in UK time. */
    public static String writtenAt(Instant instant) {
        return instant == null ? "" : WRITTEN_AT.format(instant.atZone(UkTime.ZONE));
    }

    /** A local day and time (an answer given as one), written the same way. */
    public static String writtenAt(LocalDateTime at) {
        return at == null ? "" : WRITTEN_AT.format(at);
    }
}
