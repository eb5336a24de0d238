package org.inspectorate.report.application;

import java.time.Instant;
import java.util.List;

/** A factual accuracy comment, its evidence and the response to it. */
public record CommentRecord(long id, String section, String sectionLabel, String correctionType, String text,
        String author, Instant createdAt, List<EvidenceRecord> evidence, Boolean accepted, String responseReason,
        String respondedBy, Instant respondedAt) {

    public record EvidenceRecord(String fileId, String name) {
    }
}
