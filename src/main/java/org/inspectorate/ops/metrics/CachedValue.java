package org.inspectorate.ops.metrics;

import java.util.function.Supplier;

/** A value recomputed at most once per interval, so that frequent scrapes do not load the database. */
final class CachedValue<T> {

    private final long maxAgeMillis;
    private volatile T value;
    private volatile long computedAt;

    CachedValue(long maxAgeMillis) {
        this.maxAgeMillis = maxAgeMillis;
    }

    T get(Supplier<T> compute) {
        long now = System.currentTimeMillis();
        T current = value;
        if (current == null || now - computedAt > maxAgeMillis) {
            current = compute.get();
            value = current;
            computedAt = now;
        }
        return current;
    }
}
