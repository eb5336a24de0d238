package org.inspectorate.report.domain;

/** What the board shows: open reports, optionally of one team, region, state or owner. */
public record BoardFilter(String team, String region, ReportState state, Long ownerId) {

    public static BoardFilter all() {
        return new BoardFilter(null, null, null, null);
    }
}
