package org.inspectorate.registry.application;

import java.time.LocalDate;
import java.util.List;
import org.inspectorate.registry.domain.Labelled;
import org.inspectorate.registry.domain.Location;
import org.inspectorate.registry.domain.LocationActivity;
import org.inspectorate.registry.domain.LocationDetails;

/** Everything the register holds about a location. */
public record LocationRecord(String id, String name, String alsoKnownAs, String providerId, String providerName,
        String addressLine1, String addressLine2, String townCity, String county, String postcode, String region,
        String localAuthority, String phone, String website, boolean careHome, boolean dormant, Integer beds,
        String status, LocalDate registrationDate, LocalDate deregistrationDate, List<String> serviceTypes,
        List<String> specialisms, List<ActivityRecord> regulatedActivities, List<ConditionRecord> conditions,
        int version) {

    static LocationRecord of(Location l, List<ConditionRecord> conditions, boolean withContact) {
        return new LocationRecord(l.id(), l.name(), l.alsoKnownAs(), l.providerId(), l.provider().name(),
                l.address().line1(), l.address().line2(), l.address().townCity(), l.address().county(),
                l.address().postcode(), l.region().label(), l.localAuthority(), l.phone(), l.website(), l.careHome(),
                l.dormant(), l.beds(), l.status().label(), l.registrationDate(), l.deregistrationDate(),
                l.serviceTypes().stream().map(Labelled::label).toList(),
                l.specialisms().stream().map(Labelled::label).toList(),
                l.activities().stream().map(a -> activity(a, withContact)).toList(), conditions, l.version());
    }

    private static ActivityRecord activity(LocationActivity a, boolean withContact) {
        return new ActivityRecord(a.activity().code(), a.activity().label(), a.registeredOn(),
                PersonRecord.of(a.manager(), withContact));
    }

    /** The distinct registered managers across this location's activities. */
    public List<PersonRecord> registeredManagers() {
        return regulatedActivities.stream().map(ActivityRecord::registeredManager)
                .filter(java.util.Objects::nonNull).distinct().toList();
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
