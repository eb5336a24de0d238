package org.inspectorate.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inspectorate.identity.application.PeopleNames;
import org.inspectorate.notification.domain.NotificationType;
import org.inspectorate.registry.application.LocationDirectory;
import org.inspectorate.registry.application.LocationFacts;
import org.inspectorate.shared.config.Settings;
import org.inspectorate.shared.mail.MailOutbox;
import org.inspectorate.shared.mail.OutgoingMail;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.time.Days;

/**
 * The receipt a person gets by email when they submit a notification from the portal: its reference, what
 * and where, when it arrived, and the link to it. Queued in the submission's transaction (the outbox), so a
 * receipt is sent exactly for a notification that was stored. Machine clients get the acknowledgement in the
 * API's answer instead.
 */
@ApplicationScoped
public class AcknowledgementMail {

    @Inject
    MailOutbox outbox;

    @Inject
    PeopleNames people;

    @Inject
    LocationDirectory locations;

    @Inject
    Settings settings;

    public void receipt(Caller submitter, Acknowledgement ack) {
        if (ack.replayed() || submitter.userId() == null) {
            return;
        }
        people.contactOf(submitter.userId()).ifPresent(to -> {
            String type = NotificationType.parse(ack.type()).map(NotificationType::label).orElse(ack.type());
            String where = locations.facts(ack.locationId()).map(LocationFacts::name).map(n -> n + " (" + ack.locationId() + ")").orElse(ack.locationId());
            outbox.queue(new OutgoingMail(to.email(), "We have received your notification " + ack.reference(),
                    "Dear " + to.name() + ",\n\nWe received your notification on " + Days.writtenAt(ack.receivedAt())
                            + ".\n\nReference: " + ack.reference() + "\nNotification: " + type + "\nLocation: " + where
                            + (ack.late() ? "\n\nIt arrived after its time limit. If you have not already said why,"
                                    + " tell us when we ask." : "")
                            + "\n\nOur staff will look at it and contact you if they need anything else. You can see"
                            + " what you sent at any time:\n\n" + settings.publicUrl()
                            + "/portal/notifications/view.xhtml?ref=" + ack.reference()
                            + "\n\nQuote the reference if you contact us about it.\n\nThe Inspectorate",
                    "NOTIFICATION_ACKNOWLEDGEMENT"));
        });
    }
}
