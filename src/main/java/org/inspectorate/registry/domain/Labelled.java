package org.inspectorate.registry.domain;

import java.util.Optional;

/** Reference values shown to people by their label and stored by their name. */
public interface Labelled {

    String label();

    String name();

    /** The value of {@code type} with this name (as stored in a row or sent by a form), if it is one of today's. */
    static <E extends Enum<E> & Labelled> Optional<E> named(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (E v : type.getEnumConstants()) {
            if (v.name().equals(name)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The label of the value with this name; the name itself when it is not one of today's. */
    static <E extends Enum<E> & Labelled> String labelOf(Class<E> type, String name) {
        return named(type, name).map(Labelled::label).orElse(name);
    }
}
