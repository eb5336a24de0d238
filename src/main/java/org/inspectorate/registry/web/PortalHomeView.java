package org.inspectorate.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Optional;
import jakarta.inject.Inject;
import org.inspectorate.registry.application.PortalRegisterQueries;
import org.inspectorate.registry.application.ProviderRecord;
import org.inspectorate.shared.domain.NotFound;

/** The provider portal's start page: the user's own organisation and its locations. */
@Named
@ViewScoped
public class PortalHomeView extends ProviderPage {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalRegisterQueries portal;

    @PostConstruct
    void init() {
        setId(portal.callerProviderId());
        load();
    }

    @Override
    protected Optional<ProviderRecord> find(String providerId) {
        try {
            return portal.provider(providerId);
        } catch (NotFound e) {
            return Optional.empty();
        }
    }
}
