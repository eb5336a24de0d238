package org.inspectorate.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.ValidationFailure;
import org.junit.jupiter.api.Test;

class RegistrationApplicationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String LOCATION = "1-500000001";

    private static RegistrationApplication addActivity() {
        return new RegistrationApplication("REG-AAAA-BBBB", ApplicationType.ADD_ACTIVITY, "1-100000001",
                Map.of("providerName", "Provider A"), 1L, "Alex", NOW);
    }

    private static void complete(RegistrationApplication a) {
        Map<String, String> answers = Map.of("providerName", "Provider A", "providerAddress", "1 Road",
                "contactName", "Pat", "contactEmail", "pat@example.com", "locationId", LOCATION,
                "activity", "NURSING_CARE", "startDate", "2027-01-04", "managerName", "Sam Manager",
                "howSafe", "Safely", "howWellLed", "Well");
        for (Section s : ApplicationCatalogue.sections(a.type())) {
            List<FieldError> errors = AnswerChecks.check(s, answers, Set.of(LOCATION), Set.of());
            assertEquals(List.of(), errors, s.key());
            a.saveSection(s, answers, errors, NOW);
        }
        a.attach(new ApplicationDocument(UUID.randomUUID(), DocumentKind.STATEMENT_OF_PURPOSE, "sop.pdf", NOW), NOW);
        a.attach(new ApplicationDocument(UUID.randomUUID(), DocumentKind.SAFEGUARDING_POLICY, "sg.pdf", NOW), NOW);
    }

    @Test
    void aSectionWithProblemsIsKeptButNotComplete() {
        RegistrationApplication a = addActivity();
        Section activity = ApplicationCatalogue.section(ApplicationType.ADD_ACTIVITY, "activity");
        assertEquals(SectionStatus.NOT_STARTED, a.statusOf(activity));
        Map<String, String> values = Map.of("locationId", "1-999999999", "activity", "NOT_AN_ACTIVITY",
                "startDate", "31/02/2027");
        List<FieldError> errors = AnswerChecks.check(activity, values, Set.of(LOCATION), Set.of());
        assertEquals(List.of("locationId", "activity", "startDate", "managerName"),
                errors.stream().map(FieldError::field).toList());
        a.saveSection(activity, values, errors, NOW);
        assertEquals("NOT_AN_ACTIVITY", a.answer("activity"));
        assertEquals(SectionStatus.IN_PROGRESS, a.statusOf(activity));
    }

    @Test
    void submissionNamesEveryIncompleteSectionAndTheDeclaration() {
        RegistrationApplication a = addActivity();
        ValidationFailure f = assertThrows(ValidationFailure.class,
                () -> a.submit(ApplicationCatalogue.sections(a.type()), false, "Alex", NOW));
        assertEquals(List.of("provider", "activity", "how", "documents", "declaration"),
                f.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void theWholeGrantRouteInOrder() {
        RegistrationApplication a = addActivity();
        complete(a);
        a.submit(ApplicationCatalogue.sections(a.type()), true, "Alex", NOW);
        assertEquals(ApplicationStatus.SUBMITTED, a.status());
        assertEquals(LOCATION, a.locationId());
        assertThrows(IllegalStateException.class, () -> a.attach(new ApplicationDocument(UUID.randomUUID(),
                DocumentKind.OTHER, "late.pdf", NOW), NOW), "submitted applications cannot change");
        assertThrows(IllegalStateException.class, () -> a.grant("early", null, NOW));
        a.validate(NOW);
        a.assign(7L, "Ivy Inspector", NOW);
        assertEquals(ApplicationStatus.IN_ASSESSMENT, a.status());
        a.requireAssessment();
        a.grant("Meets the requirements", null, NOW);
        assertEquals(ApplicationStatus.GRANTED, a.status());
        assertTrue(a.status().closed());
        assertThrows(IllegalStateException.class, () -> a.withdraw(NOW));
    }

    @Test
    void theRefusalRouteWithAnAppeal() {
        RegistrationApplication a = addActivity();
        complete(a);
        a.submit(ApplicationCatalogue.sections(a.type()), true, "Alex", NOW);
        a.validate(NOW);
        a.assign(7L, "Ivy", NOW);
        a.propose(Proposal.REFUSE, "Not ready", null, NOW);
        assertThrows(IllegalStateException.class, () -> a.grant("no", null, NOW));
        a.withdrawProposal(NOW);
        a.propose(Proposal.REFUSE, "Still not ready", null, NOW);
        a.decide("Refused", NOW);
        assertThrows(IllegalStateException.class, () -> a.withdraw(NOW), "too late to withdraw after a decision");
        a.appealLodged(NOW);
        a.decisionTakesEffect(null, NOW);
        assertEquals(ApplicationStatus.REFUSED, a.status());
    }

    @Test
    void aGrantWithConditionsNotAgreedIsGrantedWhenTheDecisionTakesEffect() {
        RegistrationApplication a = addActivity();
        complete(a);
        a.submit(ApplicationCatalogue.sections(a.type()), true, "Alex", NOW);
        a.validate(NOW);
        a.assign(7L, "Ivy", NOW);
        assertThrows(ValidationFailure.class, () -> a.propose(Proposal.GRANT_WITH_CONDITIONS, "Limits", " ", NOW));
        a.propose(Proposal.GRANT_WITH_CONDITIONS, "Limits", "No more than 10 people", NOW);
        a.decide("Adopted", NOW);
        a.decisionTakesEffect(LOCATION, NOW);
        assertEquals(ApplicationStatus.GRANTED, a.status());
    }

    @Test
    void aReturnedApplicationCanBeCorrectedAndResubmitted() {
        RegistrationApplication a = addActivity();
        complete(a);
        a.submit(ApplicationCatalogue.sections(a.type()), true, "Alex", NOW);
        assertThrows(ValidationFailure.class, () -> a.returnToProvider(" ", NOW));
        a.returnToProvider("Statement of purpose is for another service", NOW);
        assertEquals(ApplicationStatus.RETURNED, a.status());
        a.attach(new ApplicationDocument(UUID.randomUUID(), DocumentKind.OTHER, "new.pdf", NOW), NOW);
        a.submit(ApplicationCatalogue.sections(a.type()), true, "Alex", NOW);
        assertEquals(ApplicationStatus.SUBMITTED, a.status());
        assertEquals(null, a.returnedReasons());
    }

    @Test
    void everyTypeHasSectionsAndValidChoices() {
        for (ApplicationType t : ApplicationType.values()) {
            List<Section> sections = ApplicationCatalogue.sections(t);
            assertTrue(sections != null && !sections.isEmpty(), t.name());
            assertEquals(sections.size(), sections.stream().map(Section::key).distinct().count(), t.name());
        }
    }
}
