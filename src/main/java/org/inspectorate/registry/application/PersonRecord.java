package org.inspectorate.registry.application;

import org.inspectorate.registry.domain.Person;

/** A named person on the register. Email and phone are present only in staff views. */
public record PersonRecord(Long id, String name, String email, String phone) {

    static PersonRecord of(Person p, boolean withContact) {
        if (p == null) {
            return null;
        }
        return new PersonRecord(p.id(), p.fullName(), withContact ? p.email() : null, withContact ? p.phone() : null);
    }
}
