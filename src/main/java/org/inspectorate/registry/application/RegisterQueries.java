package org.inspectorate.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.registry.domain.LocationSearch;
import org.inspectorate.registry.domain.ProviderSearch;
import org.inspectorate.registry.persistence.LocationRepository;
import org.inspectorate.registry.persistence.PeopleRepository;
import org.inspectorate.registry.persistence.ProviderRepository;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;

/**
 * Reading the register. Public reads show what the public register shows; staff reads add contact
 * details of named people, and are audited because those are personal data.
 */
@ApplicationScoped
public class RegisterQueries {

    @Inject
    LocationRepository locations;

    @Inject
    ProviderRepository providers;

    @Inject
    PeopleRepository people;

    @Inject
    AuditLog audit;

    @Transactional
    public Page<LocationSummary> searchLocations(LocationSearch search, PageRequest page) {
        return locations.search(search, page).map(LocationSummary::of);
    }

    @Transactional
    public List<LocationSummary> listLocations(LocationSearch search, PageRequest page) {
        return locations.list(search, page).stream().map(LocationSummary::of).toList();
    }

    @Transactional
    public long countLocations(LocationSearch search) {
        return locations.count(search);
    }

    @Transactional
    public List<ProviderSummary> listProviders(ProviderSearch search, PageRequest page) {
        return providers.list(search, page).stream().map(ProviderSummary::of).toList();
    }

    @Transactional
    public long countProviders(ProviderSearch search) {
        return providers.count(search);
    }

    @Transactional
    public Page<ProviderSummary> searchProviders(ProviderSearch search, PageRequest page) {
        return providers.search(search, page).map(ProviderSummary::of);
    }

    @Transactional
    public Optional<LocationRecord> publicLocation(String id) {
        return location(id, false);
    }

    @Transactional
    public Optional<ProviderRecord> publicProvider(String id) {
        return provider(id, false);
    }

    /** The staff view of a location, including contact details of its managers: audited as a personal-data read. */
    @Transactional
    public Optional<LocationRecord> staffLocation(String id) {
        Optional<LocationRecord> found = location(id, true);
        found.ifPresent(l -> audit.record("PERSONAL_DATA_VIEWED", "Location", id, "Staff location page"));
        return found;
    }

    @Transactional
    public Optional<ProviderRecord> staffProvider(String id) {
        Optional<ProviderRecord> found = provider(id, true);
        found.ifPresent(p -> audit.record("PERSONAL_DATA_VIEWED", "Provider", id, "Staff provider page"));
        return found;
    }

    /** The provider of each of these locations that exists, by location id. */
    @Transactional
    public java.util.Map<String, String> providersOfLocations(java.util.Collection<String> locationIds) {
        return locations.providersOf(locationIds);
    }

    Optional<LocationRecord> location(String id, boolean withContact) {
        return locations.findWithDetails(id).map(l -> {
            List<ConditionRecord> conditions = providers.conditionsOfLocation(id).stream()
                    .map(ConditionRecord::of).toList();
            return LocationRecord.of(l, conditions, people.currentManagersAt(id), withContact);
        });
    }

    Optional<ProviderRecord> provider(String id, boolean withContact) {
        return providers.find(id).map(p -> ProviderRecord.of(p, people.currentPartners(id),
                providers.conditionsOf(id).stream().map(ConditionRecord::of).toList(),
                providers.locationCount(id), withContact));
    }

    @Transactional
    public RegisterCounts counts() {
        return new RegisterCounts(providers.count(), locations.count(), locations.countRegistered());
    }
}
