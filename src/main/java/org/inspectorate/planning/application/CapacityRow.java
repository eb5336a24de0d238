package org.inspectorate.planning.application;

/** An inspector's month: assessments planned against capacity. */
public record CapacityRow(long staffId, String name, int perMonth, long planned, boolean full) {
}
