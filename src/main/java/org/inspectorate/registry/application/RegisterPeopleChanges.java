package org.inspectorate.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.registry.domain.Location;
import org.inspectorate.registry.domain.LocationManagers;
import org.inspectorate.registry.domain.ManagerRegistration;
import org.inspectorate.registry.domain.Partner;
import org.inspectorate.registry.domain.Person;
import org.inspectorate.registry.domain.Provider;
import org.inspectorate.registry.domain.RegistrationStatus;
import org.inspectorate.registry.domain.RegulatedActivity;
import org.inspectorate.registry.persistence.PeopleRepository;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;

/**
 * Changes to the people on the register that a granted decision makes (DOMAIN.md 3.4, 4.1): registering and
 * cancelling registered managers, partners joining and leaving. Like {@link RegisterChanges}, each runs inside
 * the decision's transaction, is refused by the field its application names when the register does not allow
 * it, and is audited with the location's managers (or the provider's partners) before and after.
 */
@ApplicationScoped
public class RegisterPeopleChanges {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    PeopleRepository people;

    /** A partner joins a partnership; refused (field {@code givenName}) if it is not one or they are already in it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addPartner(String providerId, String givenName, String familyName, String email, LocalDate on,
            String because) {
        Provider p = provider(providerId);
        Map<String, Object> before = partnersSnapshot(p);
        Person partner = new Person(null, strip(givenName), strip(familyName), blankToNull(email), null);
        Partner joined;
        try {
            joined = p.addPartner(partner, on);
        } catch (IllegalStateException e) {
            throw ValidationFailure.of("givenName", e.getMessage());
        }
        em.persist(partner);
        em.persist(joined);
        audit.record("PARTNER_ADDED", "Provider", providerId, before, partnersSnapshot(p), because);
    }

    /**
     * The named partner leaves the partnership; refused (field {@code partnerName}) if they are not a current
     * partner or the partnership would be left with fewer than two.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removePartner(String providerId, String partnerName, LocalDate on, String because) {
        Provider p = provider(providerId);
        Map<String, Object> before = partnersSnapshot(p);
        try {
            p.removePartner(partnerName, on);
        } catch (IllegalStateException e) {
            throw ValidationFailure.of("partnerName", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of(p.currentPartner(partnerName).isPresent() ? "fromDate" : "partnerName",
                    e.getMessage());
        }
        audit.record("PARTNER_REMOVED", "Provider", providerId, before, partnersSnapshot(p), because);
    }

    /** A manager named by a new-manager application, registered at the location; returns their name as recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String registerManager(String locationId, NewManager spec, LocalDate on, String because) {
        Location l = location(locationId);
        LocationManagers managers = l.managers(people.currentManagersAt(locationId));
        Map<String, Object> before = managersSnapshot(managers);
        Person person = new Person(null, strip(spec.givenName()), strip(spec.familyName()),
                blankToNull(spec.email()), blankToNull(spec.phone()));
        ManagerRegistration r;
        try {
            r = managers.register(person, spec.activities(), on);
        } catch (IllegalStateException e) {
            throw ValidationFailure.of(l.status() == RegistrationStatus.REGISTERED
                    ? "givenName" : "locationId", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of("activities", e.getMessage());
        }
        em.persist(person);
        em.persist(r);
        em.flush();
        Map<String, Object> after = managersSnapshot(managers);
        after.put("registration", r.auditSnapshot());
        audit.record("MANAGER_REGISTERED", "Location", locationId, before, after, because);
        return person.fullName();
    }

    /** Cancels the named manager's registration at the location; refused (field {@code managerName}) if none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelManager(String locationId, String managerName, LocalDate on, String because) {
        Location l = location(locationId);
        LocationManagers managers = l.managers(people.currentManagersAt(locationId));
        Map<String, Object> before = managersSnapshot(managers);
        ManagerRegistration r;
        try {
            r = managers.cancel(managerName, on);
        } catch (IllegalArgumentException e) {
            boolean registered = managers.currentNamed(managerName).isPresent();
            throw ValidationFailure.of(registered ? "endDate" : "managerName", e.getMessage());
        }
        Map<String, Object> after = managersSnapshot(managers);
        after.put("registration", r.auditSnapshot());
        audit.record("MANAGER_REGISTRATION_CANCELLED", "Location", locationId, before, after, because);
    }

    /** A manager to register: the activities they will manage (none named: all of the location's). */
    public record NewManager(String givenName, String familyName, String email, String phone,
            Set<RegulatedActivity> activities) {
    }

    private static Map<String, Object> managersSnapshot(LocationManagers managers) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("registeredManagers", managers.current().stream().map(m -> m.person().fullName()).toList());
        return s;
    }

    private static Map<String, Object> partnersSnapshot(Provider p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("partners", p.currentPartners().stream().map(x -> x.person().fullName()).toList());
        return s;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? "-" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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
