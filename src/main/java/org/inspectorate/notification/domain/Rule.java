package org.inspectorate.notification.domain;

import java.time.LocalDateTime;
import java.util.List;
import org.inspectorate.shared.domain.FieldError;

/** A check across fields of one type, run once every field on its own is valid; {@code now} is UK local time. */
@FunctionalInterface
public interface Rule {

    void check(Details details, LocalDateTime now, List<FieldError> errors);
}
