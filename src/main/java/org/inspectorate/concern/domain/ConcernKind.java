package org.inspectorate.concern.domain;

import java.time.Duration;
import org.inspectorate.registry.domain.Labelled;

/**
 * Feedback from anyone about care, or whistleblowing by someone who works or worked there. Whistleblowing gets
 * initial action within 5 days (DOMAIN.md 2.4), feedback within 10.
 */
public enum ConcernKind implements Labelled {
    FEEDBACK("Feedback on care", "GFC", 15, Duration.ofDays(10)),
    WHISTLEBLOWING("Whistleblowing", "WB", 30, Duration.ofDays(5));

    private final String label;
    private final String referencePrefix;
    private final int weight;
    private final Duration due;

    ConcernKind(String label, String referencePrefix, int weight, Duration due) {
        this.label = label;
        this.referencePrefix = referencePrefix;
        this.weight = weight;
        this.due = due;
    }

    @Override
    public String label() {
        return label;
    }

    public String referencePrefix() {
        return referencePrefix;
    }

    public int weight() {
        return weight;
    }

    public Duration due() {
        return due;
    }
}
