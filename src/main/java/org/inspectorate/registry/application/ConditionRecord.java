package org.inspectorate.registry.application;

import java.time.LocalDate;
import org.inspectorate.registry.domain.RegistrationCondition;

/** A condition of registration. */
public record ConditionRecord(Long id, String locationId, String text, LocalDate imposedOn, LocalDate removedOn) {

    static ConditionRecord of(RegistrationCondition c) {
        return new ConditionRecord(c.id(), c.locationId(), c.text(), c.imposedOn(), c.removedOn());
    }
}
