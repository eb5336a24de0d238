package org.inspectorate.registry.application;

import java.time.LocalDate;
import org.inspectorate.registry.domain.Partner;

/** A current partner of a partnership provider: name (public), email (staff views only), since when. */
public record PartnerRecord(long personId, String name, String email, LocalDate joinedOn) {

    static PartnerRecord of(Partner p, boolean withContact) {
        return new PartnerRecord(p.person().id(), p.person().fullName(), withContact ? p.person().email() : null,
                p.joinedOn());
    }
}
