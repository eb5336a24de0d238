package org.inspectorate.rating.application;

import java.time.LocalDate;

/**
 * A breach of regulations in force at a location, as a {@link BreachSource} reports it.
 *
 * @param source who recorded it, in words shown in explanations (e.g. "found in assessment 1234", "warning notice
 *        WN-123")
 * @param regulation the regulation breached, e.g. "Regulation 12: Safe care and treatment"
 * @param keyQuestion the key question it concerns ({@code SAFE}, {@code EFFECTIVE}, {@code CARING},
 *        {@code RESPONSIVE}, {@code WELL_LED}), or null when it concerns none in particular; it then limits only the
 *        overall rating
 * @param description what the breach is, shown to staff and the provider
 * @param since the date it was found or took effect
 */
public record ActiveBreach(String source, String regulation, String keyQuestion, String description,
        LocalDate since) {
}
