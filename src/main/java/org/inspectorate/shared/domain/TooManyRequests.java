package org.inspectorate.shared.domain;

import java.time.Duration;

/** A caller has spent a budget (failed sign-ins, reset requests) or the service is saturated: 429, with when to retry. */
public class TooManyRequests extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRequests(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least one. */
    public int retryAfterSeconds() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (retryAfter.toMillis() + 999) / 1000));
    }
}
