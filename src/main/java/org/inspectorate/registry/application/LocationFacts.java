package org.inspectorate.registry.application;

import java.util.List;

/** What other contexts need to route work about a location: its name, provider, region and kinds of service. */
public record LocationFacts(String id, String name, String providerId, String region, List<String> serviceTypes) {
}
