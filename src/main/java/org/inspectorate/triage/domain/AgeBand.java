package org.inspectorate.triage.domain;

import java.time.Duration;
import org.inspectorate.registry.domain.Labelled;

/** How long an open item has waited since it was received, in the bands the backlog dashboard shows. */
public enum AgeBand implements Labelled {
    UNDER_1_DAY("Under 1 day", Duration.ofDays(1)),
    DAYS_1_TO_7("1 to 7 days", Duration.ofDays(7)),
    DAYS_8_TO_28("8 to 28 days", Duration.ofDays(28)),
    DAYS_29_TO_90("29 to 90 days", Duration.ofDays(90)),
    OVER_90_DAYS("Over 90 days", null);

    private final String label;
    private final Duration upTo;

    AgeBand(String label, Duration upTo) {
        this.label = label;
        this.upTo = upTo;
    }

    @Override
    public String label() {
        return label;
    }

    /** The exclusive upper bound of the band; null for the last one. */
    public Duration upTo() {
        return upTo;
    }

    public static AgeBand of(Duration age) {
        for (AgeBand b : values()) {
            if (b.upTo == null || age.compareTo(b.upTo) < 0) {
                return b;
            }
        }
        return OVER_90_DAYS;
    }
}
