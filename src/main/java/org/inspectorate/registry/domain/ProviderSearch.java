package org.inspectorate.registry.domain;

/** Filters for searching providers: text matches an id, a postcode start or part of the name. */
public record ProviderSearch(String text, Region region, ProviderType type, RegistrationStatus status) {

    public static ProviderSearch byText(String text) {
        return new ProviderSearch(text, null, null, null);
    }
}
