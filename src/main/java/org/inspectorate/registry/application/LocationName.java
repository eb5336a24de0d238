package org.inspectorate.registry.application;

/** A location's id and name, for choosing locations from a list. */
public record LocationName(String id, String name) {
}
