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
import org.inspectorate.registry.domain.Person;
import org.inspectorate.registry.domain.Provider;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.registry.domain.RegistrationCondition;
import org.inspectorate.registry.domain.RegulatedActivity;
import org.inspectorate.registry.domain.ServiceType;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;

/**
 * Changes to the register that a granted registration decision makes (DOMAIN.md 3.2-3.5): locations,
 * regulated activities, managers, conditions and partners. Each runs inside the decision's transaction
 * ({@link Transactional.TxType#MANDATORY}), so the register and the decision commit together, and each is
 * audited naming the application ({@code because}).
 */
@ApplicationScoped
public class RegisterChanges {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    AuditLog audit;

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
            p.addPartner(person(partner[0], partner[1]));
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
        Person manager = person(spec.managerName(), spec.managerEmail());
        spec.activities().forEach(a -> l.registerActivity(a, on, manager));
        em.persist(l);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>(l.auditSnapshot());
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
        l.registerActivity(activity, on, managerName == null ? null : person(managerName, null));
        audit.record("ACTIVITY_REGISTERED", "Location", locationId, null, Map.of("activity", activity.name(),
                "registeredOn", on.toString()), because);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeActivity(String locationId, RegulatedActivity activity, String because) {
        Location l = location(locationId);
        if (!l.carriesOn(activity)) {
            throw ValidationFailure.of("activity", activity.label() + " is not registered at " + l.name());
        }
        l.removeActivity(activity);
        audit.record("ACTIVITY_REMOVED", "Location", locationId, Map.of("activity", activity.name()), null, because);
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
        audit.record("LOCATION_DEREGISTERED", "Location", locationId, before, l.auditSnapshot(), because);
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void addPartner(String providerId, String givenName, String familyName, String email, String because) {
        Provider p = provider(providerId);
        Person partner = new Person(null, givenName, familyName, email, null);
        em.persist(partner);
        p.addPartner(partner);
        audit.record("PARTNER_ADDED", "Provider", providerId, null, Map.of("partner", partner.fullName()), because);
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
