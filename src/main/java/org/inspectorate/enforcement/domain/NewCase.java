package org.inspectorate.enforcement.domain;

/**
 * What a case is opened with: its subject (a provider, and the location when it is about one), what it came
 * from and that source's reference, and a summary of the concern.
 */
public record NewCase(String providerId, String providerName, String locationId, String locationName, String region,
        CaseOrigin origin, String originReference, String summary) {
}
