package org.inspectorate.triage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamAndReferenceTest {

    @Test
    void theKindOfServiceDecidesTheTeam() {
        assertEquals(Team.ADULT_SOCIAL_CARE, Team.forServiceTypes(List.of("CARE_HOME_WITH_NURSING")));
        assertEquals(Team.HOSPITALS, Team.forServiceTypes(List.of("DOMICILIARY_CARE", "ACUTE")));
        assertEquals(Team.PRIMARY_AND_COMMUNITY, Team.forServiceTypes(List.of("DENTAL")));
        assertEquals(Team.CUSTOMER_SERVICE_CENTRE, Team.forServiceTypes(List.of()));
    }

    @Test
    void referencesAreReadableAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String r = ReferenceNumbers.next("NTF");
            assertTrue(ReferenceNumbers.looksLikeReference(r), r);
            assertTrue(seen.add(r));
        }
        assertFalse(ReferenceNumbers.looksLikeReference("NTF-0000-IIII"));
    }

    @Test
    void ageBands() {
        assertEquals(AgeBand.UNDER_1_DAY, AgeBand.of(Duration.ofHours(23)));
        assertEquals(AgeBand.DAYS_1_TO_7, AgeBand.of(Duration.ofDays(1)));
        assertEquals(AgeBand.DAYS_29_TO_90, AgeBand.of(Duration.ofDays(60)));
        assertEquals(AgeBand.OVER_90_DAYS, AgeBand.of(Duration.ofDays(400)));
    }
}
