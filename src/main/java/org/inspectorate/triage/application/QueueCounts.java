package org.inspectorate.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.inspectorate.triage.domain.QueueFilter;

/**
 * Counts of queue filters, shared by every page view. A count is taken again as soon as a change to triage
 * items commits in this server, and in any case after {@link #REUSE_MILLIS} (time alone moves items past their
 * due time, and other servers change items too). A large count (a national queue of a hundred thousand items)
 * is reused for those few seconds even across changes: counting it on every page view under load costs more
 * than the page itself, and a total that lags by seconds misleads nobody at that size. While one request
 * counts a filter, others showing the same filter use its last count rather than counting too.
 */
@ApplicationScoped
public class QueueCounts {

    static final long EXACT_BELOW = 5_000;
    static final long REUSE_MILLIS = 3_000;
    private static final int MAX_FILTERS = 2_000;

    private record Counted(long count, long at, long generation) {
    }

    private final Map<QueueFilter, Counted> counted = new ConcurrentHashMap<>();
    private final Map<QueueFilter, Boolean> counting = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TriageQueuesChanged event) {
        generation.incrementAndGet();
    }

    long count(QueueFilter filter, LongSupplier counter) {
        return count(filter, counter, System.currentTimeMillis());
    }

    long count(QueueFilter filter, LongSupplier counter, long now) {
        Counted c = counted.get(filter);
        if (c != null && fresh(c, now)) {
            return c.count();
        }
        if (c != null && counting.putIfAbsent(filter, Boolean.TRUE) != null) {
            return c.count();
        }
        try {
            long gen = generation.get();
            long count = counter.getAsLong();
            if (counted.size() >= MAX_FILTERS) {
                counted.clear();
            }
            counted.put(filter, new Counted(count, now, gen));
            return count;
        } finally {
            counting.remove(filter);
        }
    }

    private boolean fresh(Counted c, long now) {
        if (now - c.at() >= REUSE_MILLIS) {
            return false;
        }
        return c.count() >= EXACT_BELOW || c.generation() == generation.get();
    }
}
