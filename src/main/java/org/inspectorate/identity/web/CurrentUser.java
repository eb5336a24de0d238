package org.inspectorate.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.inspectorate.identity.application.PeopleNames;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.RequestActor;

/** Who is signed in, for pages: name, kind and roles. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    RequestActor actor;

    @Inject
    PeopleNames people;

    private String name;

    public Caller getCaller() {
        return actor.caller();
    }

    public boolean isSignedIn() {
        return getCaller().userId() != null;
    }

    public boolean isStaff() {
        return getCaller().isStaff();
    }

    public boolean isProvider() {
        return getCaller().isProvider();
    }

    /** The signed-in person's name as the account gives it (the caller's name is their sign-in address). */
    public String getName() {
        if (name == null) {
            Long id = getCaller().userId();
            name = id == null ? getCaller().name() : people.ofAccount(id).orElse(getCaller().name());
        }
        return name;
    }

    public boolean hasRole(String role) {
        return getCaller().hasRole(role);
    }

    public String getHome() {
        if (isStaff()) {
            return "/staff/index.xhtml";
        }
        if (isProvider()) {
            return "/portal/index.xhtml";
        }
        return "/index.xhtml";
    }
}
