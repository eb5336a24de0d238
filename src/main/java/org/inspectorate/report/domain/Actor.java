package org.inspectorate.report.domain;

/** The member of staff acting on a report; managers may take over, reassign, withdraw and reinstate. */
public record Actor(long id, String name, boolean manager) {
}
