package org.inspectorate.registry.application;

/** Headline sizes of the register. */
public record RegisterCounts(long providers, long locations, long registeredLocations) {
}
