package org.inspectorate.workload.application;

import java.time.LocalDate;
import org.inspectorate.shared.work.WorkKind;

/**
 * One item of work held by someone who cannot do it. {@code ownerStatus} is AWAY (an absence today or starting
 * soon, from {@code awayFrom} to {@code awayTo}), SUSPENDED or ENDED; {@code dueWhileAway} flags an item due on a
 * day of the absence, to move before it starts.
 */
public record WaitingWorkRow(WorkKind kind, long id, int version, String reference, String locationName,
        LocalDate dueOn, long ownerId, String ownerName, String ownerStatus, LocalDate awayFrom, LocalDate awayTo,
        boolean dueWhileAway, String path) {

    /** The row's key on screens: kind and id. */
    public String key() {
        return kind.name() + ":" + id;
    }
}
