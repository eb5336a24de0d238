package org.inspectorate.report.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.inspectorate.shared.domain.Validation;

/**
 * A provider's comment on one section of a draft during the factual accuracy check, with any evidence files,
 * and the regulator's response: accepted or not, always with the reason.
 */
@Entity
@Table(name = "report_fac_comment")
public class FacComment {

    /** Generous on purpose: a factual accuracy comment may need to set out a lot. */
    public static final int MAX_TEXT = 50_000;

    @Embeddable
    public static class Evidence {
        @Column(name = "file_id", nullable = false)
        private UUID fileId;

        @Column(name = "file_name", nullable = false)
        private String fileName;

        protected Evidence() {
        }

        public Evidence(UUID fileId, String fileName) {
            this.fileId = fileId;
            this.fileName = fileName;
        }

        public UUID fileId() { return fileId; }
        public String fileName() { return fileName; }
    }

    @Id
    @SequenceGenerator(name = "report_fac_comment_id", sequenceName = "report_fac_comment_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_fac_comment_id")
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "section_key", nullable = false, updatable = false)
    private SectionKey section;

    @Enumerated(EnumType.STRING)
    @Column(name = "correction_type")
    private CorrectionType correctionType;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "accepted")
    private Boolean accepted;

    @Column(name = "response_reason")
    private String responseReason;

    @Column(name = "responded_by_name")
    private String respondedByName;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_fac_evidence", joinColumns = @JoinColumn(name = "comment_id"))
    private List<Evidence> evidence = new ArrayList<>();

    protected FacComment() {
    }

    public FacComment(long reportId, SectionKey section, CorrectionType type, String text, Long authorId,
            String authorName, List<Evidence> evidence, Instant now) {
        new Validation().require(section != null, "section", "Choose the section your comment is about")
                .requireText(text, "text", "your comment", MAX_TEXT).throwIfInvalid();
        this.reportId = reportId;
        this.section = section;
        this.correctionType = type;
        this.text = text.strip();
        this.authorId = authorId;
        this.authorName = authorName;
        this.evidence = new ArrayList<>(evidence);
        this.createdAt = now;
    }

    /** Staff respond: accepted or not, with the reason. A response may be corrected until finalised. */
    public void respond(Boolean accept, String reason, Actor a, Instant now) {
        new Validation().require(accept != null, "accepted", "Say whether the comment is accepted")
                .requireText(reason, "reason", "the reason for the response", Report.MAX_REASON).throwIfInvalid();
        this.accepted = accept;
        this.responseReason = reason.strip();
        this.respondedByName = a.name();
        this.respondedAt = now;
    }

    public boolean answered() {
        return accepted != null;
    }

    public Long id() { return id; }
    public long reportId() { return reportId; }
    public SectionKey section() { return section; }
    public CorrectionType correctionType() { return correctionType; }
    public String text() { return text; }
    public Long authorId() { return authorId; }
    public String authorName() { return authorName; }
    public Instant createdAt() { return createdAt; }
    public Boolean accepted() { return accepted; }
    public String responseReason() { return responseReason; }
    public String respondedByName() { return respondedByName; }
    public Instant respondedAt() { return respondedAt; }
    public List<Evidence> evidence() { return List.copyOf(evidence); }
}
