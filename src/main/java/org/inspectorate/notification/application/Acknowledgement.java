package org.inspectorate.notification.application;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * What the submitter gets once a notification is committed: its reference to quote. {@code replayed} is true
 * when the client key had been used before and this is the original acknowledgement, with nothing new stored.
 */
@JsonbPropertyOrder({"reference", "clientKey", "type", "locationId", "receivedAt", "late", "replayed"})
public record Acknowledgement(String reference, String clientKey, String type, String locationId, Instant receivedAt,
        boolean late, boolean replayed) {
}
