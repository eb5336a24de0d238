package org.inspectorate.triage.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.inspectorate.triage.domain.QueueFilter;
import org.junit.jupiter.api.Test;

class QueueCountsTest {

    @Test
    void smallCountsAreAlwaysExactAndLargeOnesAreReusedBriefly() {
        QueueCounts counts = new QueueCounts();
        AtomicLong value = new AtomicLong(10);
        QueueFilter all = QueueFilter.everything();
        assertEquals(10, counts.count(all, value::get));
        value.set(11);
        assertEquals(11, counts.count(all, value::get), "small: counted every time");
        value.set(100_000);
        assertEquals(100_000, counts.count(all, value::get));
        value.set(100_001);
        assertEquals(100_000, counts.count(all, value::get), "large: reused for a few seconds");
    }
}
