package org.inspectorate.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Optional;
import org.inspectorate.registry.application.ProviderRecord;

@Named
@ViewScoped
public class PublicProviderView extends ProviderPage {

    private static final long serialVersionUID = 1L;

    @Override
    protected Optional<ProviderRecord> find(String providerId) {
        return register.publicProvider(providerId);
    }
}
