package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.inspectorate.audit.application.AuditQueries;
import org.inspectorate.audit.domain.AuditEvent;
import org.inspectorate.audit.domain.AuditSearch;
import org.inspectorate.registry.application.LocationRecord;
import org.inspectorate.registry.application.RegisterQueries;
import org.inspectorate.registry.application.RegisterService;
import org.inspectorate.registry.domain.LocationDetails;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Correcting the register inside the server: the change and its audit record commit together or not at all. */
@ExtendWith(ArquillianExtension.class)
class RegisterChangeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(RegisterChangeIT.class);
    }

    @Inject
    RegisterService register;

    @Inject
    RegisterQueries queries;

    @Inject
    AuditQueries audit;

    @Inject
    TestData data;

    private LocationDetails renamed(LocationRecord l, String name, String postcode) {
        return new LocationDetails(name, null, l.addressLine1(), null, l.townCity(), null, postcode, null, null, 40,
                false);
    }

    private java.util.List<AuditEvent> auditOf(String locationId) {
        return audit.list(new AuditSearch(null, "Location", locationId, "LOCATION_DETAILS_CHANGED", null, null),
                new PageRequest(1, 10));
    }

    @Test
    void aChangeIsStoredWithItsAuditRecord() {
        TestData.Ids ids = data.careHome("Willow Lodge");
        LocationRecord before = queries.publicLocation(ids.locationId()).orElseThrow();
        register.changeLocationDetails(ids.locationId(), before.version(), renamed(before, "Willow Lodge Care Home",
                "ls2 7ab"));

        LocationRecord after = queries.publicLocation(ids.locationId()).orElseThrow();
        assertEquals("Willow Lodge Care Home", after.name());
        assertEquals("LS2 7AB", after.postcode());
        assertEquals(40, after.beds());
        java.util.List<AuditEvent> events = auditOf(ids.locationId());
        assertEquals(1, events.size());
        assertTrue(events.get(0).before().contains("Willow Lodge"));
        assertTrue(events.get(0).after().contains("Willow Lodge Care Home"));
    }

    @Test
    void badInputChangesNothingAndLeavesNoAuditRecord() {
        TestData.Ids ids = data.careHome("Rowan House");
        LocationRecord before = queries.publicLocation(ids.locationId()).orElseThrow();
        ValidationFailure f = assertThrows(ValidationFailure.class, () -> register.changeLocationDetails(
                ids.locationId(), before.version(), renamed(before, "", "nowhere")));
        assertEquals(2, f.errors().size());
        assertEquals("Rowan House", queries.publicLocation(ids.locationId()).orElseThrow().name());
        assertTrue(auditOf(ids.locationId()).isEmpty());
    }

    @Test
    void aStaleEditIsRefusedRatherThanOverwritingAnother() {
        TestData.Ids ids = data.careHome("Hazel Court");
        LocationRecord loaded = queries.publicLocation(ids.locationId()).orElseThrow();
        register.changeLocationDetails(ids.locationId(), loaded.version(), renamed(loaded, "Hazel Court One", "LS1 4AB"));
        assertThrows(OptimisticLockException.class, () -> register.changeLocationDetails(ids.locationId(),
                loaded.version(), renamed(loaded, "Hazel Court Two", "LS1 4AB")));
        assertEquals("Hazel Court One", queries.publicLocation(ids.locationId()).orElseThrow().name());
    }

    @Test
    void anUnknownLocationIsNotFound() {
        LocationDetails any = new LocationDetails("x", null, "1 Road", null, "Leeds", null, "LS1 4AB", null, null,
                null, false);
        assertThrows(NotFound.class, () -> register.changeLocationDetails("1-999999998", 0, any));
    }
}
