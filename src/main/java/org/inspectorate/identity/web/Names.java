package org.inspectorate.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.inspectorate.identity.application.PeopleNames;

/**
 * {@code #{names.of(record.openedBy)}}: a person as pages name them. Records that keep who acted as a sign-in
 * address show that account's name; anything else (a name already, the system) is shown as it is. Looked up once
 * per address per request.
 */
@Named("names")
@RequestScoped
public class Names {

    @Inject
    PeopleNames people;

    private final Map<String, String> known = new HashMap<>();

    public String of(String who) {
        if (who == null || who.isBlank() || who.indexOf('@') < 1 || who.length() > 254) {
            return who;
        }
        return known.computeIfAbsent(who, w -> people.ofEmail(w).orElse(w));
    }
}
