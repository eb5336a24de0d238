package org.inspectorate.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.registry.domain.Address;
import org.inspectorate.registry.domain.Location;
import org.inspectorate.registry.domain.LocationManagers;
import org.inspectorate.registry.domain.ManagerRegistration;
import org.inspectorate.registry.domain.Person;
import org.inspectorate.registry.domain.Provider;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.registry.domain.RegistrationCondition;
import org.inspectorate.registry.domain.RegulatedActivity;
import org.inspectorate.registry.domain.ServiceType;
import org.inspectorate.registry.persistence.PeopleRepository;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;

/**
 * Changes to the register that a granted registration decision makes (DOMAIN.md 3.2-3.5): providers, locations
 * (with their first manager), regulated activities and conditions; changes to managers and partners alone are in
 * {@link RegisterPeopleChanges}. Each runs inside the decision's transaction
 * ({@link Transactional.TxType#MANDATORY}), so the register and the decision commit together, and each is
 * audited naming the application ({@code because}).
 */
@ApplicationScoped
public class RegisterChanges {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    PeopleRepository people;

    /** A new location to put on the register. */
    public record NewLocation(String name, String addressLine1, String addressLine2, String townCity,
            String postcode, Region region, String localAuthority, Set<ServiceType> serviceTypes, Integer beds,
            Set<RegulatedActivity> activities, String managerName, String managerEmail) {
    }

    /** A new provider to put on the register (a granted new-provider application); partners as name and email. */
    public record NewProvider(String name, org.inspectorate.registry.domain.ProviderType type, String addressLine1,
            String townCity, String postcode, Region region, String localAuthority, String phone, String email,
            String companiesHouseNumber, String nominatedGivenName, String nominatedFamilyName,
            String nominatedEmail, List<String[]> partners) {
    }

    /**
     * Registers a new provider with its nominated individual (and partners); returns its new id (1-9xxxxxxxx).
     * Its locations follow through {@link #addLocation}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String registerProvider(NewProvider spec, LocalDate on, String because) {
        long number = ((Number) em.createNativeQuery("select nextval('registered_provider_number_seq')")
                .getSingleResult()).longValue();
        String id = "1-" + number;
        Provider p = new Provider(id, spec.name(), spec.type(), new Address(spec.addressLine1(), null,
                spec.townCity(), null, spec.postcode()), spec.region(), spec.localAuthority(), on);
        p.setContact(spec.phone(), null, spec.email());
        if (spec.companiesHouseNumber() != null) {
            p.setIdentifiers(spec.companiesHouseNumber().toUpperCase(java.util.Locale.ROOT), null);
        }
        Person ni = new Person(null, spec.nominatedGivenName(), spec.nominatedFamilyName(), spec.nominatedEmail(),
                null);
        em.persist(ni);
        p.appointNominatedIndividual(ni);
        for (String[] partner : spec.partners()) {
            try {
                p.addPartner(person(partner[0], partner[1]), on);
            } catch (IllegalStateException e) {
                throw ValidationFailure.of("partners", e.getMessage());
            }
        }
        em.persist(p);
        em.flush();
        audit.record("PROVIDER_REGISTERED", "Provider", id, null, p.auditSnapshot(), because);
        return id;
    }

    /** Registers a new location of the provider with its activities and manager; returns its new id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String addLocation(String providerId, NewLocation spec, LocalDate on, String because) {
        Provider provider = provider(providerId);
        long number = ((Number) em.createNativeQuery("select nextval('registered_location_number_seq')")
                .getSingleResult()).longValue();
        String id = "1-" + number;
        Location l = new Location(id, provider, spec.name(), new Address(spec.addressLine1(), spec.addressLine2(),
                spec.townCity(), null, spec.postcode()), spec.region(), spec.localAuthority(), on);
        l.describeService(spec.serviceTypes(), Set.of(), spec.beds());
        spec.activities().forEach(a -> l.registerActivity(a, on));
        em.persist(l);
        Map<String, Object> after = new LinkedHashMap<>(l.auditSnapshot());
        if (spec.managerName() != null && !spec.managerName().isBlank()) {
            ManagerRegistration manager = l.managers(List.of())
                    .register(person(spec.managerName(), spec.managerEmail()), Set.of(), on);
            em.persist(manager);
            after.put("registeredManagers", List.of(manager.person().fullName()));
        }
        em.flush();
        after.put("activities", spec.activities().stream().map(Enum::name).sorted().toList());
        audit.record("LOCATION_REGISTERED", "Location", id, null, after, because);
        return id;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void addActivity(String locationId, RegulatedActivity activity, LocalDate on, String managerName,
            String because) {
        Location l = location(locationId);
        if (l.carriesOn(activity)) {
            throw ValidationFailure.of("activity", activity.label() + " is already registered at " + l.name());
        }
        l.registerActivity(activity, on);
        Map<String, Object> after = new LinkedHashMap<>(Map.of("activity", activity.name(), "registeredOn",
                on.toString()));
        if (managerName != null && !managerName.isBlank()) {
            LocationManagers managers = l.managers(people.currentManagersAt(locationId));
            ManagerRegistration m = managers.currentNamed(managerName).orElse(null);
            if (m == null) {
                m = managers.register(person(managerName, null), Set.of(activity), on);
                em.persist(m);
            } else {
                m.extendTo(activity);
            }
            after.put("registeredManager", m.person().fullName());
        }
        audit.record("ACTIVITY_REGISTERED", "Location", locationId, null, after, because);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeActivity(String locationId, RegulatedActivity activity, LocalDate on, String because) {
        Location l = location(locationId);
        if (!l.carriesOn(activity)) {
            throw ValidationFailure.of("activity", activity.label() + " is not registered at " + l.name());
        }
        takingEffectOn(on);
        l.removeActivity(activity);
        em.flush();
        List<String> ended = people.currentManagersAt(locationId).stream()
                .filter(m -> m.withdrawActivity(activity, on)).map(m -> m.person().fullName()).toList();
        audit.record("ACTIVITY_REMOVED", "Location", locationId, Map.of("activity", activity.name()),
                ended.isEmpty() ? null : Map.of("managerRegistrationsEnded", ended), because);
    }

    /**
     * Refuses now, by the field, a removal decided for a later date that the register could not take today: the
     * location is not registered, or does not carry on the activity ({@code activity} null: the location only).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkRemovable(String locationId, RegulatedActivity activity) {
        Location l = location(locationId);
        if (l.status() != org.inspectorate.registry.domain.RegistrationStatus.REGISTERED) {
            throw ValidationFailure.of("locationId", l.name() + " is not registered");
        }
        if (activity != null && !l.carriesOn(activity)) {
            throw ValidationFailure.of("activity", activity.label() + " is not registered at " + l.name());
        }
    }

    /** The date the register's history gives the changes this transaction flushes (V76's trigger reads it). */
    private void takingEffectOn(LocalDate on) {
        em.createNativeQuery("select set_config('inspectorate.register_effective_on', ?1, true)")
                .setParameter(1, on.toString()).getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeLocation(String locationId, LocalDate on, String because) {
        Location l = location(locationId);
        Map<String, Object> before = l.auditSnapshot();
        try {
            l.deregister(on);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw ValidationFailure.of("endDate", e.getMessage());
        }
        Map<String, Object> after = new LinkedHashMap<>(l.auditSnapshot());
        List<ManagerRegistration> ended = l.managers(people.currentManagersAt(locationId)).cancelAll(on);
        if (!ended.isEmpty()) {
            before.put("registeredManagers", ended.stream().map(m -> m.person().fullName()).toList());
            after.put("registeredManagers", List.of());
        }
        audit.record("LOCATION_DEREGISTERED", "Location", locationId, before, after, because);
    }

    /** Deregisters every registered location of the provider (cancellation of all regulated activities). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelAll(String providerId, LocalDate on, String because) {
        List<Location> locations = em.createQuery("select l from Location l where l.provider.id = :p"
                + " and l.status = org.inspectorate.registry.domain.RegistrationStatus.REGISTERED", Location.class)
                .setParameter("p", providerId).getResultList();
        locations.forEach(l -> removeLocation(l.id(), on, because));
        return locations.size();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long imposeCondition(String providerId, String locationId, String text, LocalDate on, String because) {
        provider(providerId);
        RegistrationCondition c = new RegistrationCondition(providerId, locationId, text, on);
        em.persist(c);
        em.flush();
        audit.record("CONDITION_IMPOSED", "RegistrationCondition", String.valueOf(c.id()), null,
                Map.of("text", text, "providerId", providerId), because);
        return c.id();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeCondition(String providerId, long conditionId, LocalDate on, String because) {
        RegistrationCondition c = em.find(RegistrationCondition.class, conditionId);
        if (c == null || !c.providerId().equals(providerId)) {
            throw new NotFound("condition", String.valueOf(conditionId));
        }
        try {
            c.remove(on);
        } catch (IllegalStateException e) {
            throw ValidationFailure.of("conditionId", e.getMessage());
        }
        audit.record("CONDITION_REMOVED", "RegistrationCondition", String.valueOf(conditionId),
                Map.of("text", c.text()), Map.of("removedOn", on.toString()), because);
    }

    /** The provider's conditions in force, for choosing one to vary or remove. */
    @Transactional
    public List<ConditionRecord> conditionsInForce(String providerId) {
        return em.createQuery("select c from RegistrationCondition c where c.providerId = :p and c.removedOn is null"
                + " order by c.imposedOn, c.id", RegistrationCondition.class).setParameter("p", providerId)
                .getResultList().stream().map(ConditionRecord::of).toList();
    }

    private Person person(String fullName, String email) {
        String name = fullName == null ? "" : fullName.strip();
        int space = name.lastIndexOf(' ');
        String given = space > 0 ? name.substring(0, space) : name;
        String family = space > 0 ? name.substring(space + 1) : "";
        Person p = new Person(null, given.isEmpty() ? "-" : given, family.isEmpty() ? "-" : family, email, null);
        em.persist(p);
        return p;
    }

    private Provider provider(String id) {
        Provider p = em.find(Provider.class, id);
        if (p == null) {
            throw new NotFound("provider", id);
        }
        return p;
    }

    private Location location(String id) {
        Location l = em.find(Location.class, id);
        if (l == null) {
            throw new NotFound("location", id);
        }
        return l;
    }
}
