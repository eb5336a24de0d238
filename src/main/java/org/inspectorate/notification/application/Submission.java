package org.inspectorate.notification.application;

import java.util.List;
import java.util.Map;
import org.inspectorate.notification.domain.SubmissionChannel;

/**
 * One notification as submitted, before any checks: the client's key for it, the location, the type code,
 * the details as raw values (strings, or lists of strings) and the ids of attached files.
 */
public record Submission(String clientKey, String locationId, String type, Map<String, Object> details,
        List<String> attachments, SubmissionChannel channel) {

    public Submission {
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
