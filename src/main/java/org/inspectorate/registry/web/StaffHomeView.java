package org.inspectorate.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.inspectorate.registry.application.RegisterCounts;
import org.inspectorate.registry.application.RegisterQueries;

/** The staff start page's figures. */
@Named
@RequestScoped
public class StaffHomeView {

    @Inject
    RegisterQueries register;

    private RegisterCounts counts;

    public RegisterCounts getCounts() {
        if (counts == null) {
            counts = register.counts();
        }
        return counts;
    }
}
