package org.inspectorate.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants on screens, in UK time ({@code #{times.of(x)}}): Faces 4.0's date converter cannot format an
 * {@link Instant}.
 */
@Named
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    public String of(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
