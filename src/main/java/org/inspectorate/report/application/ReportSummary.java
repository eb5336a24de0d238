package org.inspectorate.report.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.triage.domain.Team;

/** A report as the board, lists and the API show it, with its ages worked out at the time of reading. */
public record ReportSummary(long id, String locationId, String locationName, String providerId, String team,
        String region, Long assessmentId, LocalDate siteVisitEndedOn, String state, String stateLabel,
        Instant stateSince, long daysInState, long daysSinceVisit, LocalDate publicationTarget, boolean pastTarget,
        Long ownerId, String ownerName, String reviewerName, Instant lastActivityAt, Instant facSentAt,
        LocalDate facDeadline, Instant facRespondedAt, boolean facNoInaccuracies, Instant publishedAt, int version,
        List<String> allowedMoves) {

    /** The team as people name it ("Primary and community care"); the code when it is not one of today's. */
    public String teamLabel() {
        return Team.labelOf(team);
    }

    public String regionLabel() {
        return Region.labelOf(region);
    }
}
