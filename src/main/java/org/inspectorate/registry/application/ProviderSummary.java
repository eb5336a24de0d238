package org.inspectorate.registry.application;

import java.time.LocalDate;
import org.inspectorate.registry.domain.Provider;

/** One row of a provider search. */
public record ProviderSummary(String id, String name, String type, String townCity, String postcode, String region,
        String status, LocalDate registrationDate) {

    static ProviderSummary of(Provider p) {
        return new ProviderSummary(p.id(), p.name(), p.type().label(), p.address().townCity(), p.address().postcode(),
                p.region().label(), p.status().label(), p.registrationDate());
    }
}
