package org.inspectorate.registry.application;

import java.time.LocalDate;
import java.util.List;
import org.inspectorate.registry.domain.ManagerRegistration;
import org.inspectorate.registry.domain.RegulatedActivity;

/**
 * A registered manager of a location: their name (public), email (staff views only), the activities they
 * manage (codes such as RA1; {@code allActivities} when they manage every activity there) and since when.
 */
public record ManagerRecord(long registrationId, String name, String email, String locationId, String locationName,
        boolean allActivities, List<String> activities, LocalDate registeredOn) {

    static ManagerRecord of(ManagerRegistration r, boolean withContact) {
        return new ManagerRecord(r.id(), r.person().fullName(), withContact ? r.person().email() : null,
                r.location().id(), r.location().name(), r.allActivities(),
                r.activities().stream().map(RegulatedActivity::code).toList(), r.registeredOn());
    }
}
