package org.inspectorate.enforcement.application;

/** Fired when a case is opened or changes, for the views that summarise a location's risk. */
public record EnforcementCaseChanged(String reference, String locationId) {
}
