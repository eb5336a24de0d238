package org.inspectorate.identity.application;

import java.time.LocalDate;

/** One grant of cover, with both people's names. */
public record CoverRecord(long id, long coveringUserId, String coveringName, long coveredUserId, String coveredName,
        LocalDate startsOn, LocalDate endsOn, String reason, String status) {
}
