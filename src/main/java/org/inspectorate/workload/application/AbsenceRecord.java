package org.inspectorate.workload.application;

import java.time.Instant;
import java.time.LocalDate;
import org.inspectorate.workload.domain.Absence;

/** An absence as staff and the API see it; {@code status} is UPCOMING, CURRENT, OVER or CANCELLED. */
public record AbsenceRecord(long id, long staffId, String staffName, LocalDate startsOn, LocalDate endsOn,
        String status, String recordedBy, Instant recordedAt, int version) {

    static AbsenceRecord of(Absence a, String staffName, LocalDate today) {
        return new AbsenceRecord(a.id(), a.staffId(), staffName, a.startsOn(), a.endsOn(), a.statusOn(today).name(),
                a.recordedByName(), a.recordedAt(), a.version());
    }
}
