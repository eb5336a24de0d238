package org.inspectorate.notification.application;

import java.time.Instant;
import java.util.List;
import org.inspectorate.notification.domain.Details;
import org.inspectorate.notification.domain.FieldSpec;
import org.inspectorate.notification.domain.Notification;
import org.inspectorate.notification.domain.NotificationCatalogue;
import org.inspectorate.notification.domain.NotificationCatalogue.TypeSpec;

/** A submitted notification as its organisation and staff read it: each field with its label and answer. */
public record NotificationRecord(String reference, String type, String typeLabel, String regulation,
        String locationId, Instant receivedAt, boolean late, String submittedVia, String submittedBy,
        List<Answer> answers, List<File> attachments) {

    public record Answer(String field, String label, String value) {
    }

    public record File(String fileId, String name) {
    }

    static NotificationRecord of(Notification n) {
        TypeSpec spec = NotificationCatalogue.spec(n.type());
        Details d = Details.fromStored(spec, n.detailsJson());
        List<Answer> answers = spec.fields().stream().filter(f -> d.has(f.name()))
                .map(f -> new Answer(f.name(), f.label(), show(f, d.get(f.name())))).toList();
        return new NotificationRecord(n.reference(), n.type().name(), n.type().label(), n.type().regulation(),
                n.locationId(), n.submittedAt(), n.late(), n.submittedVia().name(), n.submittedByName(), answers,
                n.attachments().stream().map(a -> new File(a.fileId().toString(), a.name())).toList());
    }

    static String show(FieldSpec f, Object v) {
        return switch (f.kind()) {
            case YES_NO -> Boolean.TRUE.equals(v) ? "Yes" : "No";
            case CHOICE -> f.choiceLabel((String) v);
            case MULTI_CHOICE -> String.join(", ", ((List<?>) v).stream().map(c -> f.choiceLabel((String) c)).toList());
            case DATE -> v instanceof java.time.LocalDate day ? org.inspectorate.shared.time.Days.written(day)
                    : String.valueOf(v);
            case DATE_TIME -> v instanceof java.time.LocalDateTime at ? org.inspectorate.shared.time.Days.writtenAt(at)
                    : v.toString().replace('T', ' ');
            default -> String.valueOf(v);
        };
    }
}
