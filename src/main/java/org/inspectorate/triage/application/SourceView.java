package org.inspectorate.triage.application;

import java.util.List;
import java.util.UUID;

/** What a notification or concern says, as label and value pairs, with any attached files. */
public record SourceView(String title, String submittedBy, List<Row> rows, List<Attachment> attachments) {

    public SourceView {
        rows = List.copyOf(rows);
        attachments = List.copyOf(attachments);
    }

    public record Row(String label, String value) {
    }

    public record Attachment(UUID fileId, String name) {
    }
}
