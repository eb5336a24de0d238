package org.inspectorate.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.application.ProviderAccess;

/**
 * The register as a provider user sees it: only their own organisation, with contact details of its
 * people (reads audited). Anything else is not found, and the attempt audited, by {@link ProviderAccess}.
 */
@ApplicationScoped
public class PortalRegisterQueries {

    @Inject
    RegisterQueries register;

    @Inject
    ProviderAccess access;

    @Inject
    AuditLog audit;

    public String callerProviderId() {
        return access.caller().providerId();
    }

    @Transactional
    public Optional<LocationRecord> location(String id) {
        access.checkLocation(id, false);
        Optional<LocationRecord> found = register.location(id, true);
        found.ifPresent(l -> audit.record("PERSONAL_DATA_VIEWED", "Location", id, "Portal location page"));
        return found;
    }

    @Transactional
    public Optional<ProviderRecord> provider(String id) {
        access.checkProvider(id);
        return register.provider(id, true);
    }
}
