package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.UUID;
import org.inspectorate.concern.application.ConcernService;
import org.inspectorate.concern.domain.ConcernForm;
import org.inspectorate.concern.domain.ConcernKind;
import org.inspectorate.concern.domain.RaisedWithProvider;
import org.inspectorate.concern.domain.Relationship;
import org.inspectorate.concern.domain.SubmissionLimitReached;
import org.inspectorate.concern.domain.Topic;
import org.inspectorate.shared.domain.ValidationFailure;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Concerns inside the server: queued for triage, linked to a known location, and limited per address. */
@ExtendWith(ArquillianExtension.class)
class ConcernServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ConcernServiceIT.class, Db.class);
    }

    @Inject
    ConcernService concerns;

    @Inject
    TestData data;

    @Inject
    Db db;

    /** Reads rows back for the checks; test classes themselves get only CDI injection. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Db {

        @PersistenceContext(unitName = "inspectorate")
        EntityManager em;

        @jakarta.transaction.Transactional
        public Object[] item(String reference) {
            return (Object[]) em.createNativeQuery("select team, region, risk_score, location_id,"
                    + " extract(epoch from due_at - received_at) from triage_item where reference = ?1")
                    .setParameter(1, reference).getSingleResult();
        }

        @jakarta.transaction.Transactional
        public long concerns() {
            return ((Number) em.createNativeQuery("select count(*) from concern").getSingleResult()).longValue();
        }
    }

    private static ConcernForm form(String locationId) {
        return new ConcernForm(ConcernKind.FEEDBACK, locationId, locationId == null ? "Somewhere House" : null, null,
                Topic.ABUSE_OR_NEGLECT, "My mother has bruises nobody can explain.", LocalDate.now().minusDays(1),
                Relationship.FAMILY_OR_FRIEND, true, RaisedWithProvider.NO, false, "Jo Public", "jo@example.com", null,
                true);
    }

    private Object[] item(String reference) {
        return db.item(reference);
    }

    @Test
    void aConcernAboutAKnownLocationGoesToThatLocationsQueueAndIsUrgent() {
        TestData.Ids home = data.careHome("Concern Test House");
        ConcernService.Receipt r = concerns.submit(form(home.locationId()), "198.51.100." + UUID.randomUUID().hashCode() % 200, null);
        Object[] item = item(r.reference());
        assertEquals("ADULT_SOCIAL_CARE", item[0]);
        assertEquals("YORKSHIRE_AND_THE_HUMBER", item[1]);
        assertTrue(((Number) item[2]).intValue() >= 15 + 30, "immediate danger raises the risk");
        assertEquals(86400, ((Number) item[4]).intValue(), "someone at risk now: due within a day");
    }

    @Test
    void anUnknownServiceGoesToTheCustomerServiceCentreAndABadIdIsRefused() {
        ConcernService.Receipt r = concerns.submit(form(null), "198.51.100.201", null);
        Object[] item = item(r.reference());
        assertEquals("CUSTOMER_SERVICE_CENTRE", item[0]);
        assertEquals(null, item[1]);
        ValidationFailure f = assertThrows(ValidationFailure.class,
                () -> concerns.submit(form("1-999999999"), "198.51.100.202", null));
        assertEquals("locationId", f.errors().get(0).field());
        ConcernForm blank = new ConcernForm(ConcernKind.FEEDBACK, "1-999999999", null, null, Topic.ABUSE_OR_NEGLECT,
                " ", LocalDate.now().minusDays(1), Relationship.FAMILY_OR_FRIEND, true, RaisedWithProvider.NO, false,
                "Jo Public", "jo@example.com", null, true);
        ValidationFailure both = assertThrows(ValidationFailure.class,
                () -> concerns.submit(blank, "198.51.100.203", null));
        java.util.List<String> fields = both.errors().stream().map(e -> e.field()).toList();
        assertTrue(fields.contains("locationId") && fields.size() > 1, "every problem in one round: " + fields);
    }

    @Test
    void robotsLearnNothingAndOneAddressIsLimited() {
        long before = count();
        ConcernService.Receipt fake = concerns.submit(form(null), "203.0.113.9", "http://spam.example");
        assertNotNull(fake.reference());
        assertEquals(before, count(), "a filled honeypot stores nothing");

        String address = "203.0.113." + (10 + (int) (Math.random() * 200));
        for (int i = 0; i < 10; i++) {
            concerns.submit(form(null), address, null);
        }
        assertThrows(SubmissionLimitReached.class, () -> concerns.submit(form(null), address, null));
        concerns.submit(form(null), "203.0.113.250", null);
    }

    private long count() {
        return db.concerns();
    }
}
