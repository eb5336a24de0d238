package org.inspectorate.notification.application;

import org.inspectorate.notification.domain.Notification;
import org.inspectorate.notification.domain.NotificationCatalogue.TypeSpec;
import org.inspectorate.registry.application.LocationFacts;
import org.inspectorate.triage.domain.NewItem;
import org.inspectorate.triage.domain.SourceKind;
import org.inspectorate.triage.domain.Team;

/** How a notification enters triage: its type's team (or the location's), theme, harm, weight and due time. */
final class TriageItems {

    private TriageItems() {
    }

    static NewItem of(Notification n, CheckedSubmission c, LocationFacts location) {
        TypeSpec spec = c.spec();
        String about = c.details().has(spec.summaryField()) ? ": " + c.details().text(spec.summaryField()) : "";
        Team team = spec.team() != null ? spec.team() : Team.forServiceTypes(location.serviceTypes());
        return new NewItem(SourceKind.NOTIFICATION, n.id(), n.reference(), spec.type().name(), spec.type().label(),
                spec.theme().apply(c.details()), spec.type().label() + about, location.id(), location.name(),
                location.providerId(), team, location.region(), n.submittedAt(), spec.weight(), spec.triageDue(),
                spec.harm().apply(c.details()), false, n.late());
    }
}
