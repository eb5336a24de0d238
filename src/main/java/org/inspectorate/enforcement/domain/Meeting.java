package org.inspectorate.enforcement.domain;

import java.time.LocalDate;

/** The meeting that took a decision: what kind, when, and who was there. */
public record Meeting(MeetingKind kind, LocalDate heldOn, String attendees) {
}
