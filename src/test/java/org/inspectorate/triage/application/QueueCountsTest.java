package org.inspectorate.triage.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.inspectorate.triage.domain.QueueFilter;
import org.junit.jupiter.api.Test;

class QueueCountsTest {

    private final QueueCounts counts = new QueueCounts();
    private final AtomicLong value = new AtomicLong();
    private final AtomicLong counted = new AtomicLong();
    private final QueueFilter all = QueueFilter.everything();

    private long count(long at) {
        return counts.count(all, () -> {
            counted.incrementAndGet();
            return value.get();
        }, at);
    }

    @Test
    void aSmallCountIsReusedUntilSomethingChanges() {
        value.set(10);
        assertEquals(10, count(0));
        value.set(11);
        assertEquals(10, count(100), "nothing committed: the count still holds");
        assertEquals(1, counted.get());
        counts.changed(new TriageQueuesChanged());
        assertEquals(11, count(200), "a change committed: counted again");
    }

    @Test
    void everyCountIsTakenAgainAfterAFewSeconds() {
        value.set(10);
        count(0);
        value.set(12);
        assertEquals(12, count(QueueCounts.REUSE_MILLIS), "time moves items past their due time");
    }

    @Test
    void aLargeCountIsReusedBrieflyEvenAcrossChanges() {
        value.set(100_000);
        assertEquals(100_000, count(0));
        value.set(100_001);
        counts.changed(new TriageQueuesChanged());
        assertEquals(100_000, count(1_000));
        assertEquals(100_001, count(QueueCounts.REUSE_MILLIS));
    }

    @Test
    void whileOneRequestCountsOthersUseTheLastCount() {
        value.set(10);
        count(0);
        counts.changed(new TriageQueuesChanged());
        long[] inner = new long[1];
        long outer = counts.count(all, () -> {
            inner[0] = counts.count(all, () -> 99, 10);
            return 11;
        }, 10);
        assertEquals(10, inner[0], "a concurrent view gets the last count, not a second count");
        assertEquals(11, outer);
    }
}
