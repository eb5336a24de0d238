package org.inspectorate.rating.domain;

/**
 * A breach of regulations in force at the location, as the limiters see it: where it was recorded, which
 * regulation, and the key question it concerns (null when it concerns none in particular).
 */
public record Breach(String source, String regulation, KeyQuestion keyQuestion, String description) {
}
