package org.inspectorate.notice.application;

import java.time.Instant;
import java.time.LocalDate;
import org.inspectorate.notice.domain.Representation;

/** Written representations as shown to the provider and to staff. */
public record RepresentationRecord(long id, long noticeId, String text, String madeBy, Instant madeAt,
        LocalDate madeOn) {

    static RepresentationRecord of(Representation r) {
        return new RepresentationRecord(r.id(), r.noticeId(), r.text(), r.madeByName(), r.madeAt(), r.madeOn());
    }
}
