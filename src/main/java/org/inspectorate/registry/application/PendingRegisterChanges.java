package org.inspectorate.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.shared.dated.DatedDecisions;

/**
 * Decided changes to a location's registration that wait for their date (a regulated activity removed from the
 * end of the month, a decision whose appeal period runs): staff, and the location's provider users who may see it.
 */
@ApplicationScoped
public class PendingRegisterChanges {

    @Inject
    ProviderAccess access;

    @Inject
    DatedDecisions dated;

    @Transactional
    public List<DatedDecisions.View> atLocation(String locationId) {
        access.checkLocation(locationId, false);
        return dated.pendingAtLocation(locationId);
    }
}
