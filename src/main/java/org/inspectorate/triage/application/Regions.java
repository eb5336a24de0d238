package org.inspectorate.triage.application;

import org.inspectorate.registry.domain.Region;

/** Region names as people read them; items not linked to a location have none. */
final class Regions {

    static final String NONE_LABEL = "No region (not linked to a location)";

    private Regions() {
    }

    static String label(String region) {
        if (region == null) {
            return NONE_LABEL;
        }
        try {
            return Region.valueOf(region).label();
        } catch (IllegalArgumentException e) {
            return region;
        }
    }
}
