package org.inspectorate.registration.web;

import org.inspectorate.registration.application.ApplicationQueries;
import org.inspectorate.registration.application.ApplicationRecord;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.web.Pages;

/** Loading an application named in the address: anything not the caller's (or not an id) is a 404. */
final class WebIds {

    private WebIds() {
    }

    static ApplicationRecord load(String id, ApplicationQueries queries) {
        if (id == null || !id.matches("\\d{1,18}")) {
            Pages.notFound();
            return null;
        }
        try {
            return queries.get(Long.parseLong(id));
        } catch (NotFound e) {
            Pages.notFound();
            return null;
        }
    }
}
