package org.inspectorate.registration.api;

import org.inspectorate.shared.domain.NotFound;

/** Numeric ids in addresses: anything else is simply not found. */
final class Ids {

    private Ids() {
    }

    static long parse(String what, String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new NotFound(what, String.valueOf(id));
        }
        return Long.parseLong(id);
    }
}
