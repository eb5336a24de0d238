package org.inspectorate.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved text of a section, kept for ever: the history authors compare and restore from. */
@Entity
@Table(name = "report_section_version")
public class SectionVersion {

    @Id
    @SequenceGenerator(name = "report_section_version_id", sequenceName = "report_section_version_id_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_section_version_id")
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "section_key", nullable = false, updatable = false)
    private SectionKey key;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Column(name = "html", nullable = false, updatable = false)
    private String html;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    @Column(name = "saved_by_id", updatable = false)
    private Long savedById;

    @Column(name = "saved_by_name", updatable = false)
    private String savedByName;

    @Column(name = "restored_from", updatable = false)
    private Integer restoredFrom;

    protected SectionVersion() {
    }

    SectionVersion(long reportId, SectionKey key, int version, String html, Actor a, Instant now,
            Integer restoredFrom) {
        this.reportId = reportId;
        this.key = key;
        this.version = version;
        this.html = html;
        this.savedAt = now;
        this.savedById = a.id();
        this.savedByName = a.name();
        this.restoredFrom = restoredFrom;
    }

    /** The same version, marked as a restore of an older one. */
    public SectionVersion restoring(int from) {
        SectionVersion v = new SectionVersion();
        v.reportId = reportId;
        v.key = key;
        v.version = version;
        v.html = html;
        v.savedAt = savedAt;
        v.savedById = savedById;
        v.savedByName = savedByName;
        v.restoredFrom = from;
        return v;
    }

    public Long id() { return id; }
    public long reportId() { return reportId; }
    public SectionKey key() { return key; }
    public int version() { return version; }
    public String html() { return html; }
    public Instant savedAt() { return savedAt; }
    public Long savedById() { return savedById; }
    public String savedByName() { return savedByName; }
    public Integer restoredFrom() { return restoredFrom; }
}
