package org.inspectorate.registry.application;

import java.time.LocalDate;

/** A regulated activity at a location, with its registered manager. */
public record ActivityRecord(String code, String name, LocalDate registeredOn, PersonRecord registeredManager) {
}
