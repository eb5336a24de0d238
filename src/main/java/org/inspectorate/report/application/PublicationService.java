package org.inspectorate.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inspectorate.report.domain.Report;
import org.inspectorate.report.domain.ReportHtml;
import org.inspectorate.report.domain.ReportPublication;
import org.inspectorate.report.domain.Transition;
import org.inspectorate.report.persistence.ReportRepository;
import org.inspectorate.shared.pdf.PdfDocument;

/**
 * Publishes a final report: the HTML and the PDF are made once, from the sections as they stand, and kept as
 * published, with the ratings proposed from the report's assessment, which are published in the same transaction
 * ({@link ReportRatings}). {@link ReportPublished} is fired in the transaction, so observers with
 * {@code AFTER_SUCCESS} run only once it has committed. Called by {@link ReportService} inside its transaction.
 */
@ApplicationScoped
public class PublicationService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    ReportRepository reports;

    @Inject
    Event<ReportPublished> published;

    @Inject
    FactualAccuracyMail mail;

    @Inject
    ReportRatings ratings;

    @Inject
    org.inspectorate.shared.config.Settings settings;

    void publish(Report r, Instant now) {
        List<SectionRecord> sections = ReportViews.sections(reports.sections(r.id()));
        String date = DATE.format(now.atZone(ReportViews.UK));
        StringBuilder html = new StringBuilder("<div class=\"report-published\">");
        html.append("<p class=\"app-caption\">Report published ").append(PdfDocument.escape(date))
                .append(" · site visit ended ").append(PdfDocument.escape(DATE.format(r.siteVisitEndedOn())))
                .append("</p>");
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Location", r.locationName() + " (" + r.locationId() + ")");
        facts.put("Site visit ended", DATE.format(r.siteVisitEndedOn()));
        facts.put("Report published", date);
        PdfDocument pdf = PdfDocument.titled("Inspection report").subtitle(r.locationName()).facts(facts);
        ratingsSection(r, html, pdf, now);
        for (SectionRecord s : sections) {
            if (ReportHtml.blank(s.html())) {
                continue;
            }
            html.append("<h2 id=\"").append(s.anchor()).append("\">").append(PdfDocument.escape(s.label()))
                    .append("</h2>").append(s.html());
            pdf.heading(s.label()).trustedXhtml("<div>" + s.html() + "</div>");
        }
        html.append("</div>");
        pdf.footer("Published by the regulator on " + date + ". Report " + r.id() + ".");
        ReportPublication publication = new ReportPublication(r, html.toString(), pdf.toPdf(), now);
        reports.add(publication);
        reports.flush();
        mail.published(r, publication.id());
        published.fire(new ReportPublished(r.id(), r.locationId(), r.assessmentId(), now));
    }

    /** Publishes the ratings proposed from the report's assessment and prints them, with where they are explained. */
    private void ratingsSection(Report r, StringBuilder html, PdfDocument pdf, Instant now) {
        if (r.assessmentId() == null) {
            return;
        }
        ratings.publishWith(r.locationId(), r.assessmentId(), r.id(), now).ifPresent(lines -> {
            String explained = "/rating.xhtml?id=" + r.locationId();
            html.append("<h2 id=\"ratings\">Ratings</h2><table class=\"app-table\"><caption class=\"visually-hidden\">"
                    + "Ratings</caption><tbody>");
            Map<String, String> rows = new LinkedHashMap<>();
            for (ReportRatings.Line l : lines) {
                html.append("<tr><th scope=\"row\">").append(PdfDocument.escape(l.label())).append("</th><td>")
                        .append(PdfDocument.escape(l.rating())).append("</td></tr>");
                rows.put(l.label(), l.rating());
            }
            html.append("</tbody></table><p><a href=\"").append(explained)
                    .append("\">How these ratings were worked out</a></p>");
            pdf.heading("Ratings").facts(rows).paragraph("How these ratings were worked out: " + settings.publicUrl()
                    + explained);
        });
    }

    void withdraw(Report r, Instant now) {
        reports.currentPublications(r.id()).forEach(p -> p.withdraw(now));
    }

    /** A report's ratings follow it: withdrawn with it, proposed again when it is reinstated. */
    void moved(Report r, Transition t, Instant now) {
        if (r.assessmentId() == null) {
            return;
        }
        if (t == Transition.WITHDRAW) {
            ratings.withdrawWith(r.assessmentId(), r.id(), now);
        } else if (t == Transition.REINSTATE) {
            ratings.reinstateWith(r.assessmentId(), r.id(), now);
        }
    }
}
