package org.inspectorate.rating.domain;

/**
 * An approved professional-judgement departure from the worked-out rating, for one key question ({@code
 * keyQuestion} set) or for the overall rating ({@code keyQuestion} null). Only approved overrides reach the engine.
 */
public record Override(KeyQuestion keyQuestion, Rating rating, String reason, String proposedBy, String approvedBy) {

    public boolean overall() {
        return keyQuestion == null;
    }
}
