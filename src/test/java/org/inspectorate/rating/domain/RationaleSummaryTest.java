package org.inspectorate.rating.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RationaleSummaryTest {

    @Test
    void aMethodologyThatPublishesNoneGivesNone() {
        assertTrue(RationaleSummary.of("Staff knew the safeguarding policy.", 0).isEmpty());
        assertTrue(RationaleSummary.of("   ", 300).isEmpty());
        assertTrue(RationaleSummary.of(null, 300).isEmpty());
    }

    @Test
    void aShortRationaleIsShownWholeWithItsSpacingTidied() {
        RationaleSummary s = RationaleSummary.of("  Staff knew the policy.\n\nAudits were  done. ", 300).orElseThrow();
        assertEquals("Staff knew the policy. Audits were done.", s.text());
        assertFalse(s.shortened());
    }

    @Test
    void aLongRationaleKeepsTheWholeSentencesThatFit() {
        String text = "Medicines were stored safely. Two audits found gaps in records. The manager had a plan"
                + " to close them by March.";
        RationaleSummary s = RationaleSummary.of(text, 70).orElseThrow();
        assertEquals("Medicines were stored safely. Two audits found gaps in records.", s.text());
        assertTrue(s.shortened());
    }

    @Test
    void aFirstSentenceLongerThanTheLimitIsCutAtAWord() {
        RationaleSummary s = RationaleSummary.of("Staff were kind, patient and respectful with everyone they"
                + " supported throughout the visit", 40).orElseThrow();
        assertEquals("Staff were kind, patient and respectful\u2026", s.text());
        assertTrue(s.text().length() <= 40);
        assertTrue(s.shortened());
    }

    @Test
    void neverLongerThanTheLimit() {
        String word = "x".repeat(120);
        for (int limit = 1; limit < 130; limit++) {
            RationaleSummary s = RationaleSummary.of(word + ". Short one.", limit).orElseThrow();
            assertTrue(s.text().length() <= limit, () -> s.text().length() + " > limit");
        }
    }
}
