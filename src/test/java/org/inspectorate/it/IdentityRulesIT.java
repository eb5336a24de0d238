package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.inspectorate.identity.application.FirstAdministratorService;
import org.inspectorate.identity.application.SignInResult;
import org.inspectorate.identity.application.SignInService;
import org.inspectorate.identity.domain.Mfa;
import org.inspectorate.identity.domain.Role;
import org.inspectorate.identity.persistence.OrganisationRepository;
import org.inspectorate.shared.domain.ValidationFailure;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Account rules inside the server against PostgreSQL: cover lapses by itself, the first administrator is
 * verified at the register's address, and an organisation's second-factor policy is enforced at sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityRulesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(IdentityRulesIT.class, AccountTestData.class);
    }

    @Inject
    TestData data;

    @Inject
    AccountTestData accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    FirstAdministratorService firstAdministrator;

    @Inject
    SignInService signIn;

    private static String email(String who) {
        return who + "-" + System.nanoTime() + "@rules.example";
    }

    @Test
    void coverGrantsLocationsOnlyBetweenItsDates() {
        TestData.Ids ids = data.careHome("Cover House");
        long absent = accounts.user(ids.providerId(), email("absent"), "long enough password 1", Role.CONTRIBUTOR,
                Set.of(ids.locationId()));
        long covering = accounts.user(ids.providerId(), email("covering"), "long enough password 1",
                Role.LOCATION_MANAGER, Set.of());
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        accounts.cover(ids.providerId(), covering, absent, today.minusDays(10), today.minusDays(1));
        assertFalse(organisations.reachableLocations(covering, today).contains(ids.locationId()), "lapsed");
        assertTrue(organisations.reachableLocations(covering, today.minusDays(5)).contains(ids.locationId()));
        accounts.cover(ids.providerId(), covering, absent, today.plusDays(2), today.plusDays(3));
        assertFalse(organisations.reachableLocations(covering, today).contains(ids.locationId()), "not started");
        accounts.cover(ids.providerId(), covering, absent, today, today);
        assertTrue(organisations.reachableLocations(covering, today).contains(ids.locationId()), "its last day");
        assertFalse(organisations.reachableLocations(covering, today.plusDays(1)).contains(ids.locationId()));
    }

    @Test
    void theFirstAdministratorIsInvitedOnlyAtTheRegistersAddress() {
        TestData.Ids ids = data.careHome("First Admin Lodge");
        String registered = email("nominee");
        accounts.nominate(ids.providerId(), registered);
        String stranger = email("stranger");
        firstAdministrator.claim(ids.providerId(), stranger, "127.0.0.1");
        assertEquals(0, accounts.invitationsTo(stranger), "not on the register: nothing sent");
        firstAdministrator.claim(ids.providerId(), registered.toUpperCase(), "127.0.0.1");
        assertEquals(1, accounts.invitationsTo(registered));
        assertEquals(1, accounts.unsentMailTo(registered) , "its email is in the outbox");
        accounts.user(ids.providerId(), email("admin"), "long enough password 1", Role.PROVIDER_ADMIN, Set.of());
        firstAdministrator.claim(ids.providerId(), registered, "127.0.0.1");
        assertEquals(1, accounts.invitationsTo(registered), "an organisation with an administrator: nothing sent");
        ValidationFailure bad = org.junit.jupiter.api.Assertions.assertThrows(ValidationFailure.class,
                () -> firstAdministrator.claim("nonsense", "x", null));
        assertEquals(2, bad.errors().size());
    }

    @Test
    void anOrganisationThatRequiresASecondFactorMakesEveryoneEnrol() {
        TestData.Ids ids = data.careHome("Second Factor Court");
        String email = email("mfa");
        String password = "long enough password 1";
        long user = accounts.user(ids.providerId(), email, password, Role.READ_ONLY, Set.of());
        assertTrue(signIn.signIn(email, password, "127.0.0.1", "test").succeeded(), "no second factor needed yet");
        accounts.requireMfa(ids.providerId());

        SignInResult first = signIn.signIn(email, password, "127.0.0.1", "test");
        assertEquals(SignInResult.Outcome.ENROLMENT_NEEDED, first.outcome());
        assertTrue(signIn.verify(email, password, "127.0.0.1", "API_SIGN_IN").isEmpty(),
                "no Basic authentication around the second factor");
        String secret = Mfa.newSecret();
        long step = Mfa.stepAt(Instant.now());
        assertFalse(signIn.completeWithEnrolment(user, secret, "000000", "127.0.0.1", "test").result().succeeded());
        SignInService.Enrolled enrolled = signIn.completeWithEnrolment(user, secret, Mfa.codeAt(secret, step),
                "127.0.0.1", "test");
        assertTrue(enrolled.result().succeeded());
        assertEquals(10, enrolled.recoveryCodes().size());

        SignInResult next = signIn.signIn(email, password, "127.0.0.1", "test");
        assertEquals(SignInResult.Outcome.CODE_NEEDED, next.outcome());
        assertFalse(signIn.completeWithCode(user, Mfa.codeAt(secret, step), "127.0.0.1", "test").succeeded(),
                "a code is good once only");
        String recovery = enrolled.recoveryCodes().get(0);
        assertTrue(signIn.completeWithCode(user, recovery.toUpperCase(), "127.0.0.1", "test").succeeded());
        assertFalse(signIn.completeWithCode(user, recovery, "127.0.0.1", "test").succeeded(), "recovery codes are single use");
        assertTrue(signIn.completeWithCode(user, Mfa.codeAt(secret, step + 1), "127.0.0.1", "test").succeeded());

        accounts.clearSecondFactor(user);
        assertEquals(SignInResult.Outcome.ENROLMENT_NEEDED, signIn.signIn(email, password, "127.0.0.1", "test")
                .outcome(), "after a reset the organisation's policy asks for a new app at once");
    }
}
