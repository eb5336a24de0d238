package org.inspectorate.registry.domain;

/**
 * Filters for searching locations. {@code text} matches a location id exactly, a postcode by its start,
 * or any part of the name. Null filters match everything.
 */
public record LocationSearch(String text, Region region, ServiceType serviceType, RegulatedActivity activity,
        RegistrationStatus status, String providerId, SortOrder sort) {

    public enum SortOrder { NAME, POSTCODE, REGION, REGISTRATION_DATE }

    public LocationSearch {
        sort = sort == null ? SortOrder.NAME : sort;
    }

    public static LocationSearch byText(String text) {
        return new LocationSearch(text, null, null, null, null, null, null);
    }

    public static LocationSearch ofProvider(String providerId) {
        return new LocationSearch(null, null, null, null, null, providerId, null);
    }
}
