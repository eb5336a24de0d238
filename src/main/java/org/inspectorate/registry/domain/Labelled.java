package org.inspectorate.registry.domain;

/** Reference values shown to people by their label and stored by their name. */
public interface Labelled {

    String label();

    String name();
}
