package org.inspectorate.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many failures one key (an address, an email, everyone) may have in a window, counted from its first
 * failure; once spent, the key waits until the window ends, whatever it sends. Memory is bounded: past
 * {@code maxKeys} keys, expired windows are dropped, and new keys then share one overflow window, so flooding it
 * with fresh keys spends a budget instead of escaping one.
 */
public final class FailureBudget {

    static final String OVERFLOW = "\u0000overflow";

    private final int max;
    private final Duration window;
    private final int maxKeys;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int failures) {
    }

    public FailureBudget(int max, Duration window, int maxKeys) {
        if (max < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("A budget needs at least one failure, a window and room for a key");
        }
        this.max = max;
        this.window = window;
        this.maxKeys = maxKeys;
    }

    /** How long the key must wait before trying again: zero while it has failures left. */
    public Duration retryAfter(String key, Instant now) {
        Window w = windows.get(tracked(key));
        if (w == null || !now.isBefore(w.start().plus(window)) || w.failures() < max) {
            return Duration.ZERO;
        }
        return Duration.between(now, w.start().plus(window));
    }

    public void fail(String key, Instant now) {
        if (windows.size() >= maxKeys) {
            windows.entrySet().removeIf(e -> !now.isBefore(e.getValue().start().plus(window)));
        }
        windows.compute(tracked(key), (k, w) -> w == null || !now.isBefore(w.start().plus(window))
                ? new Window(now, 1) : new Window(w.start(), w.failures() + 1));
    }

    /** Forgets the key's failures (its owner proved who they are). */
    public void forgive(String key) {
        windows.remove(key);
    }

    private String tracked(String key) {
        return windows.containsKey(key) || windows.size() < maxKeys ? key : OVERFLOW;
    }
}
