package org.inspectorate.workload.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.application.StaffDirectory;
import org.inspectorate.identity.application.StaffDirectory.StaffMember;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.time.Days;
import org.inspectorate.workload.domain.Absence;
import org.inspectorate.workload.persistence.AbsenceRepository;

/**
 * Recording absence: staff their own, managers anyone's. One person's absences never overlap. Recording and
 * cancelling are audited; the work the person holds then shows on the waiting-work list.
 */
@ApplicationScoped
public class AbsenceService {

    @Inject
    AbsenceRepository absences;

    @Inject
    StaffDirectory staff;

    @Inject
    WorkloadAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    /** Records an absence for {@code staffId}, or for the caller when it is null. */
    @Transactional
    public AbsenceRecord record(Long staffId, LocalDate startsOn, LocalDate endsOn) {
        Caller me = access.requireStaff();
        long who = staffId == null ? me.userId() : staffId;
        if (who != me.userId()) {
            access.requireManager("record someone else's absence");
        }
        StaffMember person = staff.find(who).orElseThrow(() -> ValidationFailure.of("staffId",
                "Choose an active member of staff"));
        LocalDate today = today();
        Absence.check(startsOn, endsOn, today).throwIfInvalid();
        em.createNativeQuery("select pg_advisory_xact_lock(71, cast(?1 as integer))").setParameter(1, who)
                .getSingleResult();
        for (Absence a : absences.currentOf(who, today)) {
            if (a.overlaps(startsOn, endsOn)) {
                throw ValidationFailure.of("startsOn", person.name() + " is already recorded as away from "
                        + Days.written(a.startsOn()) + " to " + Days.written(a.endsOn()));
            }
        }
        Absence a = new Absence(who, startsOn, endsOn, me.userId(), me.name(), clock.instant());
        absences.add(a);
        audit.record("STAFF_ABSENCE_RECORDED", "StaffAbsence", String.valueOf(a.id()), null, a.auditSnapshot(),
                null);
        return AbsenceRecord.of(a, person.name(), today);
    }

    /** Cancels an absence not over yet: the person's own, or anyone's for a manager. */
    @Transactional
    public AbsenceRecord cancel(long id) {
        Caller me = access.requireStaff();
        Absence a = absences.find(id).orElseThrow(() -> new NotFound("absence", String.valueOf(id)));
        if (a.staffId() != me.userId()) {
            access.requireManager("cancel someone else's absence");
        }
        var before = a.auditSnapshot();
        LocalDate today = today();
        try {
            a.cancel(me.name(), clock.instant(), today);
        } catch (IllegalStateException e) {
            throw ValidationFailure.of("id", e.getMessage());
        }
        audit.record("STAFF_ABSENCE_CANCELLED", "StaffAbsence", String.valueOf(id), before, a.auditSnapshot(), null);
        return AbsenceRecord.of(a, name(a.staffId()), today);
    }

    /** Absences not over yet, soonest first: everyone's for managers, one's own for anyone else. */
    @Transactional
    public Page<AbsenceRecord> current(PageRequest page) {
        Caller me = access.requireStaff();
        Long only = me.isManager() ? null : me.userId();
        LocalDate today = today();
        return new Page<>(absences.current(only, today, page).stream()
                .map(a -> AbsenceRecord.of(a, name(a.staffId()), today)).toList(),
                absences.countCurrent(only, today), page);
    }

    @Transactional
    public long countCurrent() {
        Caller me = access.requireStaff();
        return absences.countCurrent(me.isManager() ? null : me.userId(), today());
    }

    /** Whether the person is away today (work is not given to someone away). */
    @Transactional
    public boolean awayToday(long staffId) {
        return absences.awayOn(staffId, today());
    }

    private String name(long staffId) {
        return staff.anyStaff(staffId).map(StaffMember::name).orElse("");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Absence.ZONE));
    }
}
