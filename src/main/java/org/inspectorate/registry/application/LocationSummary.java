package org.inspectorate.registry.application;

import java.time.LocalDate;
import org.inspectorate.registry.domain.Location;

/** One row of a location search. */
public record LocationSummary(String id, String name, String providerId, String townCity, String postcode,
        String region, String localAuthority, boolean careHome, String status, LocalDate registrationDate) {

    static LocationSummary of(Location l) {
        return new LocationSummary(l.id(), l.name(), l.providerId(), l.address().townCity(), l.address().postcode(),
                l.region().label(), l.localAuthority(), l.careHome(), l.status().label(), l.registrationDate());
    }
}
