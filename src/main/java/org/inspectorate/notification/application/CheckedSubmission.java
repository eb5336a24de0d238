package org.inspectorate.notification.application;

import java.util.List;
import org.inspectorate.notification.domain.Details;
import org.inspectorate.notification.domain.Notification;
import org.inspectorate.notification.domain.NotificationCatalogue.TypeSpec;

/** A submission that passed every check: its type's form, checked details, files and payload hash. */
record CheckedSubmission(Submission submission, TypeSpec spec, Details details, List<Notification.Attachment> files,
        String payloadHash) {
}
