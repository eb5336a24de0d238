package org.inspectorate.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.RequestActor;

/** Who is signed in, for pages: name, kind and roles. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    RequestActor actor;

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

    public String getName() {
        return getCaller().name();
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
