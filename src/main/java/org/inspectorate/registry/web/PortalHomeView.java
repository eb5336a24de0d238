package org.inspectorate.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Optional;
import org.inspectorate.registry.application.ProviderRecord;

/** The provider portal's start page: the user's own organisation and its locations. */
@Named
@ViewScoped
public class PortalHomeView extends ProviderPage {

    private static final long serialVersionUID = 1L;

    @PostConstruct
    void init() {
        setId(register.callerProviderId());
        load();
    }

    @Override
    protected Optional<ProviderRecord> find(String providerId) {
        return register.portalProvider(providerId);
    }
}
