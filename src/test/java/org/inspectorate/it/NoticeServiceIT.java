package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.inspectorate.audit.application.AuditQueries;
import org.inspectorate.audit.domain.AuditSearch;
import org.inspectorate.notice.application.NewNotice;
import org.inspectorate.notice.application.NoticeQueries;
import org.inspectorate.notice.application.NoticeRecord;
import org.inspectorate.notice.application.NoticeService;
import org.inspectorate.notice.domain.AppealOutcome;
import org.inspectorate.notice.domain.NoticeKind;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Serving notices inside the server: clocks stored, PDF kept, audit written, overdue steps found. */
@ExtendWith(ArquillianExtension.class)
class NoticeServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(NoticeServiceIT.class);
    }

    @Inject
    NoticeService notices;

    @Inject
    NoticeQueries queries;

    @Inject
    AuditQueries audit;

    @Inject
    org.inspectorate.notice.persistence.NoticeRepository store;

    @Inject
    TestData data;

    private static NewNotice spec(NoticeKind kind, TestData.Ids ids, String subject, LocalDate served,
            boolean appealable) {
        return new NewNotice(kind, "REGISTRATION_APPLICATION", subject, ids.providerId(), ids.locationId(),
                "Proposal to refuse an application", Map.of("Application", subject),
                List.of(new NewNotice.Section("Reasons", "The premises are not ready.")), served, appealable, null);
    }

    @Test
    void aProposalIsServedWithItsClocksItsPdfAndAnAuditRecord() {
        TestData.Ids ids = data.careHome("Notice House");
        String subject = "T" + System.nanoTime();
        NoticeRecord n = notices.issue(spec(NoticeKind.NOTICE_OF_PROPOSAL, ids, subject, LocalDate.of(2026, 6, 1),
                false));
        assertEquals(LocalDate.of(2026, 6, 29), n.representationsDue());
        assertEquals("OPEN", n.status());
        // Tests run in the server as an anonymous caller, whom the queries refuse: read the store directly.
        byte[] pdf = store.document(n.id()).orElseThrow().content();
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals(1, store.ofSubject("REGISTRATION_APPLICATION", subject).size());
        assertTrue(queries.get(n.id()).isEmpty(), "an anonymous caller cannot read a notice");
        assertEquals(1, audit.list(new AuditSearch(null, "Notice", n.reference(), "NOTICE_SERVED", null, null),
                new PageRequest(1, 5)).size());
        assertTrue(queries.overdue(new PageRequest(1, 100)).items().stream().anyMatch(o -> o.id() == n.id()),
                "a proposal served in June 2026 is past its window now");

        NoticeRecord withdrawn = notices.withdraw(n.id(), "Representations accepted");
        assertEquals("WITHDRAWN", withdrawn.status());
        assertFalse(queries.overdue(new PageRequest(1, 100)).items().stream().anyMatch(o -> o.id() == n.id()));
    }

    @Test
    void aDecisionRecordsItsAppealAndOutcome() {
        TestData.Ids ids = data.careHome("Decision House");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        NoticeRecord n = notices.issue(spec(NoticeKind.NOTICE_OF_DECISION, ids, "D" + System.nanoTime(), today, true));
        assertEquals(today.plusDays(28), n.appealDue());
        assertEquals(today.plusDays(29), n.takesEffectOn());
        assertThrows(ValidationFailure.class, () -> notices.recordAppeal(n.id(), today.plusDays(29)));
        NoticeRecord appealed = notices.recordAppeal(n.id(), today.plusDays(3));
        assertEquals(null, appealed.takesEffectOn());
        NoticeRecord decided = notices.recordAppealOutcome(n.id(), today.plusDays(40), AppealOutcome.DISMISSED);
        assertEquals(today.plusDays(40), decided.takesEffectOn());
    }

    @Test
    void badInputIsRefusedFieldByField() {
        ValidationFailure f = assertThrows(ValidationFailure.class, () -> notices.issue(new NewNotice(null, "bad",
                "", null, null, " ", null, null, null, false, null)));
        assertEquals(List.of("kind", "subjectType", "subjectId", "providerId", "title"),
                f.errors().stream().map(e -> e.field()).toList());
    }
}
