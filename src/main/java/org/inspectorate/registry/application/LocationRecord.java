package org.inspectorate.registry.application;

import java.time.LocalDate;
import java.util.List;
import org.inspectorate.registry.domain.Labelled;
import org.inspectorate.registry.domain.Location;
import org.inspectorate.registry.domain.LocationActivity;
import org.inspectorate.registry.domain.LocationDetails;
import org.inspectorate.registry.domain.ManagerRegistration;

/** Everything the register holds about a location. */
public record LocationRecord(String id, String name, String alsoKnownAs, String providerId, String providerName,
        String addressLine1, String addressLine2, String townCity, String county, String postcode, String region,
        String localAuthority, String phone, String website, boolean careHome, boolean dormant, Integer beds,
        String status, LocalDate registrationDate, LocalDate deregistrationDate, List<String> serviceTypes,
        List<String> specialisms, List<ActivityRecord> regulatedActivities, List<ManagerRecord> registeredManagers,
        List<ConditionRecord> conditions, int version) {

    static LocationRecord of(Location l, List<ConditionRecord> conditions, List<ManagerRegistration> managers,
            boolean withContact) {
        return new LocationRecord(l.id(), l.name(), l.alsoKnownAs(), l.providerId(), l.provider().name(),
                l.address().line1(), l.address().line2(), l.address().townCity(), l.address().county(),
                l.address().postcode(), l.region().label(), l.localAuthority(), l.phone(), l.website(), l.careHome(),
                l.dormant(), l.beds(), l.status().label(), l.registrationDate(), l.deregistrationDate(),
                l.serviceTypes().stream().map(Labelled::label).toList(),
                l.specialisms().stream().map(Labelled::label).toList(),
                l.activities().stream().map(a -> activity(a, managers, withContact)).toList(),
                managers.stream().map(m -> ManagerRecord.of(m, withContact)).toList(), conditions, l.version());
    }

    /** The activity with the first of its current managers (all of them are in registeredManagers). */
    private static ActivityRecord activity(LocationActivity a, List<ManagerRegistration> managers,
            boolean withContact) {
        return new ActivityRecord(a.activity().code(), a.activity().label(), a.registeredOn(),
                managers.stream().filter(m -> m.covers(a.activity())).findFirst()
                        .map(m -> PersonRecord.of(m.person(), withContact)).orElse(null));
    }

    public String addressOneLine() {
        return java.util.stream.Stream.of(addressLine1, addressLine2, townCity, county, postcode)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(", "));
    }

    public LocationDetails details() {
        return new LocationDetails(name, alsoKnownAs, addressLine1, addressLine2, townCity, county, postcode, phone,
                website, beds, dormant);
    }
}
