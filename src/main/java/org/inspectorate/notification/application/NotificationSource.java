package org.inspectorate.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.notification.domain.NotificationType;
import org.inspectorate.notification.persistence.NotificationRepository;
import org.inspectorate.triage.application.SourceDetails;
import org.inspectorate.triage.application.SourceView;
import org.inspectorate.triage.domain.SourceKind;

/** Shows triage staff what a notification says; the read is audited as a read of personal data. */
@ApplicationScoped
public class NotificationSource implements SourceDetails {

    @Inject
    NotificationRepository store;

    @Inject
    AuditLog audit;

    @Override
    public SourceKind kind() {
        return SourceKind.NOTIFICATION;
    }

    @Override
    public Map<String, String> categories() {
        Map<String, String> m = new LinkedHashMap<>();
        Arrays.stream(NotificationType.values()).forEach(t -> m.put(t.name(), t.label()));
        return m;
    }

    @Override
    @Transactional
    public Optional<SourceView> describe(long sourceId) {
        return store.find(sourceId).map(n -> {
            audit.record("PERSONAL_DATA_VIEWED", "Notification", n.reference(), "Triage item page");
            NotificationRecord r = NotificationRecord.of(n);
            var rows = new java.util.ArrayList<SourceView.Row>();
            rows.add(new SourceView.Row("Regulation", r.regulation()));
            rows.add(new SourceView.Row("Submitted", r.submittedVia().equals("API") ? "Through the API" : "In the portal"));
            rows.add(new SourceView.Row("Late", r.late() ? "Yes: after the time the law allows" : "No"));
            r.answers().forEach(a -> rows.add(new SourceView.Row(a.label(), a.value())));
            return new SourceView(r.typeLabel(), r.submittedBy(), rows, r.attachments().stream()
                    .map(f -> new SourceView.Attachment(UUID.fromString(f.fileId()), f.name())).toList());
        });
    }
}
