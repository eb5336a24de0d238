package org.inspectorate.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.inspectorate.notification.application.NotificationQueries;
import org.inspectorate.notification.application.NotificationRecord;
import org.inspectorate.shared.web.Pages;
import org.inspectorate.triage.domain.ReferenceNumbers;

/** One submitted notification of the organisation, with its acknowledgement; any other reference is a 404. */
@Named
@ViewScoped
public class PortalNotificationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationQueries queries;

    private String ref;
    private NotificationRecord notification;

    public void load() {
        if (!ReferenceNumbers.looksLikeReference(ref)) {
            Pages.notFound();
            return;
        }
        notification = queries.byReference(ref.strip().toUpperCase(java.util.Locale.ROOT)).orElse(null);
        if (notification == null) {
            Pages.notFound();
        }
    }

    public String getRef() { return ref; }
    public void setRef(String v) { ref = v; }
    public NotificationRecord getNotification() { return notification; }
}
