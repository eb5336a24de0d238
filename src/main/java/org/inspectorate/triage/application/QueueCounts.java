package org.inspectorate.triage.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.inspectorate.triage.domain.QueueFilter;

/**
 * Counts of queue filters. A count is exact while it is small; a large one (a whole national queue of a
 * hundred thousand items) is reused for a few seconds, because counting it on every page view under load
 * costs more than the page itself, and a total that lags by seconds misleads nobody at that size.
 */
final class QueueCounts {

    static final long EXACT_BELOW = 5_000;
    static final long REUSE_MILLIS = 3_000;
    private static final int MAX_FILTERS = 2_000;

    private record Counted(long count, long at) {
    }

    private final Map<QueueFilter, Counted> large = new ConcurrentHashMap<>();

    long count(QueueFilter filter, LongSupplier counter) {
        long now = System.currentTimeMillis();
        Counted c = large.get(filter);
        if (c != null && now - c.at() < REUSE_MILLIS) {
            return c.count();
        }
        long count = counter.getAsLong();
        if (count >= EXACT_BELOW) {
            if (large.size() >= MAX_FILTERS) {
                large.clear();
            }
            large.put(filter, new Counted(count, now));
        } else if (c != null) {
            large.remove(filter);
        }
        return count;
    }
}
