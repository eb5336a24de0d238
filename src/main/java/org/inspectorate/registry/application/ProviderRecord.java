package org.inspectorate.registry.application;

import java.time.LocalDate;
import java.util.List;
import org.inspectorate.registry.domain.Partner;
import org.inspectorate.registry.domain.Provider;

/** Everything the register holds about a provider, except its (paged) locations. */
public record ProviderRecord(String id, String name, String type, String companiesHouseNumber, String charityNumber,
        String address, String region, String localAuthority, String phone, String website, String email,
        String status, LocalDate registrationDate, LocalDate deregistrationDate, PersonRecord nominatedIndividual,
        List<PartnerRecord> partners, List<ConditionRecord> conditions, long locationCount) {

    static ProviderRecord of(Provider p, List<Partner> partners, List<ConditionRecord> conditions, long locationCount,
            boolean withContact) {
        return new ProviderRecord(p.id(), p.name(), p.type().label(), p.companiesHouseNumber(), p.charityNumber(),
                p.address().oneLine(), p.region().label(), p.localAuthority(), p.phone(), p.website(),
                withContact ? p.email() : null, p.status().label(), p.registrationDate(), p.deregistrationDate(),
                PersonRecord.of(p.nominatedIndividual(), withContact),
                partners.stream().map(x -> PartnerRecord.of(x, withContact)).toList(), conditions, locationCount);
    }
}
