package org.inspectorate.registry.domain;

import java.util.regex.Pattern;

/** Provider and location ids: "1-" followed by 9 or 10 digits, e.g. 1-101234567 or 1-1000210669. */
public final class OrganisationId {

    private static final Pattern FORMAT = Pattern.compile("1-\\d{9,10}");

    private OrganisationId() {
    }

    public static boolean isValid(String id) {
        return id != null && FORMAT.matcher(id).matches();
    }
}
