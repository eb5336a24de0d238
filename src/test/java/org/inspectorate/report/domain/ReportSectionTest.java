package org.inspectorate.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportSectionTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Actor ANN = new Actor(1, "Ann", false);
    static final Actor BOB = new Actor(2, "Bob", false);

    @Test
    void everyChangingSaveIsANewVersion() {
        ReportSection s = new ReportSection(7, SectionKey.SAFE, NOW);
        SectionVersion v1 = s.save("<p>One</p>", 0, ANN, NOW, LEASE, false);
        assertEquals(1, v1.version());
        assertNull(s.save("<p>One</p>", 1, ANN, NOW, LEASE, false), "the same text is not a new version");
        assertEquals(2, s.save("<p>Two</p>", 1, ANN, NOW, LEASE, false).version());
    }

    @Test
    void aStaleSaveIsRefusedWithBothTexts() {
        ReportSection s = new ReportSection(7, SectionKey.SAFE, NOW);
        s.save("<p>Ann's</p>", 0, ANN, NOW, LEASE, true);
        EditConflict e = assertThrows(EditConflict.class,
                () -> s.save("<p>Bob's</p>", 0, BOB, NOW.plusSeconds(1), LEASE, false));
        assertEquals(EditConflict.Kind.STALE, e.kind());
        assertEquals("<p>Ann's</p>", e.currentHtml());
        assertEquals("<p>Bob's</p>", e.yourHtml());
        assertEquals("<p>Ann's</p>", s.html(), "nothing overwritten");
    }

    @Test
    void someoneElsesLeaseRefusesUntilItExpires() {
        ReportSection s = new ReportSection(7, SectionKey.SAFE, NOW);
        s.save("<p>Ann's</p>", 0, ANN, NOW, LEASE, false);
        EditConflict e = assertThrows(EditConflict.class,
                () -> s.save("<p>Bob's</p>", 1, BOB, NOW.plusSeconds(30), LEASE, false));
        assertEquals(EditConflict.Kind.LEASED, e.kind());
        assertEquals("Ann", e.leaseHolder());
        assertEquals(2, s.save("<p>Bob's</p>", 1, BOB, NOW.plus(LEASE).plusSeconds(1), LEASE, false).version());
    }
}
