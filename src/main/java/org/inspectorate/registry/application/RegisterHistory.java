package org.inspectorate.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.inspectorate.registry.domain.RegistrationStatus;
import org.inspectorate.registry.domain.RegulatedActivity;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.time.SqlDays;
import org.inspectorate.shared.time.UkTime;

/**
 * The register as it stood on a past date, for one location (V76 keeps each regulated activity's periods; the
 * location, its conditions and managers carry their own dates). Public, as the register is; changes decided for
 * later dates are the pending changes, not history.
 */
@ApplicationScoped
public class RegisterHistory {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    Clock clock;

    /** Empty when there is no such location; refuses a date after today by the field {@code on}. */
    @Transactional
    public Optional<RegisterOnDate> at(String locationId, LocalDate on) {
        LocalDate today = UkTime.today(clock);
        if (on.isAfter(today)) {
            throw ValidationFailure.of("on", "Choose today or a date in the past: changes decided for later dates"
                    + " are listed as waiting for their date");
        }
        List<?> found = em.createNativeQuery("select name, registration_date, deregistration_date from location"
                + " where id = ?1").setParameter(1, locationId).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] l = (Object[]) found.get(0);
        LocalDate registered = SqlDays.day(l[1]);
        LocalDate deregistered = SqlDays.day(l[2]);
        if (registered.isAfter(on)) {
            return Optional.of(new RegisterOnDate(locationId, (String) l[0], on, null, List.of(), List.of(),
                    List.of()));
        }
        boolean off = deregistered != null && !deregistered.isAfter(on);
        String status = (off ? RegistrationStatus.DEREGISTERED : RegistrationStatus.REGISTERED).label();
        return Optional.of(new RegisterOnDate(locationId, (String) l[0], on, status,
                off ? List.of() : activities(locationId, on), off ? List.of() : conditions(locationId, on),
                off ? List.of() : managers(locationId, on)));
    }

    private List<RegisterOnDate.Activity> activities(String locationId, LocalDate on) {
        return rows("select activity, registered_on, removed_on from location_activity_period where location_id = ?1"
                + " and registered_on <= ?2 and (removed_on is null or removed_on > ?2) order by activity", locationId,
                on).stream().map(r -> {
                    RegulatedActivity a = Arrays.stream(RegulatedActivity.values())
                            .filter(x -> x.name().equals(r[0])).findFirst().orElse(null);
                    return new RegisterOnDate.Activity(a == null ? (String) r[0] : a.code(),
                            a == null ? (String) r[0] : a.label(), SqlDays.day(r[1]), SqlDays.day(r[2]));
                }).toList();
    }

    private List<RegisterOnDate.Condition> conditions(String locationId, LocalDate on) {
        return rows("select text, imposed_on, removed_on from registration_condition where location_id = ?1"
                + " and imposed_on <= ?2 and (removed_on is null or removed_on > ?2) order by imposed_on, id",
                locationId, on).stream()
                .map(r -> new RegisterOnDate.Condition((String) r[0], SqlDays.day(r[1]), SqlDays.day(r[2]))).toList();
    }

    private List<String> managers(String locationId, LocalDate on) {
        return rows("select coalesce(p.title || ' ', '') || p.given_name || ' ' || p.family_name, m.registered_on"
                + " from manager_registration m join person p on p.id = m.person_id where m.location_id = ?1"
                + " and m.registered_on <= ?2 and (m.cancelled_on is null or m.cancelled_on > ?2)"
                + " order by m.registered_on, m.id", locationId, on).stream().map(r -> (String) r[0]).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String locationId, LocalDate on) {
        return em.createNativeQuery(sql).setParameter(1, locationId).setParameter(2, Date.valueOf(on))
                .getResultList();
    }
}
