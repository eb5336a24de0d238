package org.inspectorate.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.inspectorate.registry.persistence.PeopleRepository;

/**
 * The people registered now, names only, for other contexts that offer them as choices (a provider cancelling a
 * manager's registration or removing a partner) or check a typed name against the register.
 */
@ApplicationScoped
public class RegisteredPeople {

    @Inject
    PeopleRepository people;

    /** The current registered managers at every location of the provider, by location. */
    @Transactional
    public List<ManagerRecord> managersOf(String providerId) {
        return people.currentManagersOfProvider(providerId).stream().map(m -> ManagerRecord.of(m, false)).toList();
    }

    /** The provider's current partners (none unless it is a partnership). */
    @Transactional
    public List<PartnerRecord> partnersOf(String providerId) {
        return people.currentPartners(providerId).stream().map(p -> PartnerRecord.of(p, false)).toList();
    }

    /** Whether the name is that of a current registered manager at the location. */
    @Transactional
    public boolean isManagerAt(String locationId, String name) {
        return people.currentManagersAt(locationId).stream().anyMatch(m -> m.isOf(name));
    }

    /** Whether the name is that of a current partner of the provider. */
    @Transactional
    public boolean isPartnerOf(String providerId, String name) {
        return people.currentPartners(providerId).stream().anyMatch(p -> p.person().isNamed(name));
    }
}
