package org.inspectorate.enforcement.application;

import java.time.LocalDate;

/**
 * A breach of regulations that is active at a location, for the rating limiters (DOMAIN.md 1.5): the case that
 * found it, the regulation or requirement breached, the action in force for it and since when.
 */
public record ActiveBreach(String caseReference, String regulation, String action, LocalDate since) {
}
