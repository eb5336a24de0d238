package org.inspectorate.notice.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.inspectorate.notice.domain.Notice;
import org.inspectorate.notice.domain.NoticeKind;
import org.inspectorate.shared.pdf.PdfDocument;

/** Renders a notice as served: its facts and clocks, the issuer's sections, and the provider's rights. */
final class NoticePdf {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private NoticePdf() {
    }

    static byte[] render(Notice n, NewNotice spec, String providerName, String locationName) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Reference", n.reference());
        if (n.providerId() == null) {
            facts.put("To", providerName + " (applicant)");
        } else {
            facts.put("Provider", providerName + " (" + n.providerId() + ")");
        }
        if (n.locationId() != null) {
            facts.put("Location", (locationName == null ? "" : locationName + " ") + "(" + n.locationId() + ")");
        }
        facts.put("Date of service", date(n.servedOn()));
        facts.putAll(spec.facts());
        if (n.representationsDue() != null) {
            facts.put("Representations by", date(n.representationsDue()));
        }
        if (n.appealDue() != null) {
            facts.put("Appeal to the Tribunal by", date(n.appealDue()));
        }
        if (n.complianceDue() != null) {
            facts.put("Comply by", date(n.complianceDue()));
        }
        if (n.takesEffectOn() != null) {
            facts.put("Takes effect", date(n.takesEffectOn()) + (n.appealable() ? " unless an appeal is made" : ""));
        }
        PdfDocument pdf = PdfDocument.titled(n.kind().label()).subtitle(n.title()).facts(facts);
        spec.sections().forEach(s -> pdf.heading(s.heading()).paragraph(s.text()));
        String rights = rights(n);
        if (rights != null) {
            pdf.heading("Your rights").paragraph(rights);
        }
        return pdf.footer("Issued by " + n.issuedByName() + ". Reference " + n.reference() + ". "
                + (n.providerId() == null ? "This notice is also available with the link to your application."
                        : "This notice is also available in the provider portal.")).toPdf();
    }

    private static String rights(Notice n) {
        if (n.kind() == NoticeKind.NOTICE_OF_PROPOSAL) {
            return "You may make written representations about this proposal within 28 days of the date of service, "
                    + "that is by " + date(n.representationsDue()) + ", " + where(n) + ". We will consider them "
                    + "before deciding whether to adopt the proposal. If you make none, a notice of decision will follow.";
        }
        if (n.kind() == NoticeKind.WARNING_NOTICE) {
            return "You may make written representations within 10 working days, that is by "
                    + date(n.representationsDue()) + ", in the provider portal. There is no appeal to the Tribunal "
                    + "against a warning notice.";
        }
        if (n.appealDue() != null) {
            return "You may appeal to the First-tier Tribunal (Health, Education and Social Care Chamber) within 28 "
                    + "days of the date of service, that is by " + date(n.appealDue()) + ". "
                    + (n.kind() == NoticeKind.NOTICE_OF_DECISION
                            ? "The decision does not take effect until that time has passed or any appeal is decided."
                            : "The notice has effect while an appeal is pending.");
        }
        return null;
    }

    private static String where(Notice n) {
        return n.providerId() == null ? "on your application's notice page (with the link we emailed you)"
                : "in the provider portal";
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }
}
