package org.inspectorate.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.inspectorate.identity.application.LocationAudience;
import org.inspectorate.report.domain.Report;
import org.inspectorate.shared.config.Settings;
import org.inspectorate.shared.mail.MailOutbox;
import org.inspectorate.shared.mail.OutgoingMail;

/**
 * Tells the provider's users for the location that a draft is ready for their factual accuracy check, and later
 * that the report is published. The deadline was worked out from the day this email is queued (never an earlier
 * letter date), and leaves with it.
 */
@ApplicationScoped
public class FactualAccuracyMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @Inject
    LocationAudience audience;

    @Inject
    MailOutbox outbox;

    @Inject
    Settings settings;

    /** Queues one email per recipient in the caller's transaction; returns how many. */
    public int draftReady(Report r) {
        String link = settings.publicUrl() + "/portal/reports/view.xhtml?id=" + r.id();
        int sent = 0;
        for (LocationAudience.Recipient p : audience.of(r.providerId(), r.locationId())) {
            outbox.queue(new OutgoingMail(p.email(), "Draft inspection report for " + r.locationName()
                    + ": check its factual accuracy", """
                    Dear %s,

                    The draft report of our inspection of %s (%s) is ready for you to check for factual accuracy.

                    Read it and comment on any section, with evidence, or confirm there are no inaccuracies:
                    %s

                    You have until the end of %s (10 working days from the date of this email) to respond.

                    Inspectorate
                    """.formatted(p.name(), r.locationName(), r.locationId(), link, DATE.format(r.facDeadline())),
                    "REPORT_FACTUAL_ACCURACY"));
            sent++;
        }
        return sent;
    }

    /** Tells the same people that the report is published, with the address of its public page. */
    public void published(Report r, long publicationId) {
        String link = settings.publicUrl() + "/report.xhtml?id=" + publicationId;
        for (LocationAudience.Recipient p : audience.of(r.providerId(), r.locationId())) {
            outbox.queue(new OutgoingMail(p.email(), "Inspection report for " + r.locationName() + " published", """
                    Dear %s,

                    The report of our inspection of %s (%s) is published today, on the location's public page, as a
                    web page and as a PDF:
                    %s

                    Inspectorate
                    """.formatted(p.name(), r.locationName(), r.locationId(), link), "REPORT_PUBLISHED"));
        }
    }
}
