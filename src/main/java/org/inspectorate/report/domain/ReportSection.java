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
import java.time.Duration;
import java.time.Instant;

/**
 * One section's current text, its version number (one more for every save that changed it) and its editing
 * lease. A save names the version it was based on: a stale base or someone else's live lease refuses it with
 * an {@link EditConflict}. Leases expire by themselves; saving renews the saver's.
 */
@Entity
@Table(name = "report_section")
public class ReportSection {

    @Id
    @SequenceGenerator(name = "report_section_id", sequenceName = "report_section_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_section_id")
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "section_key", nullable = false, updatable = false)
    private SectionKey key;

    @Column(name = "html", nullable = false)
    private String html;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_id")
    private Long updatedById;

    @Column(name = "updated_by_name")
    private String updatedByName;

    @Column(name = "lease_holder_id")
    private Long leaseHolderId;

    @Column(name = "lease_holder_name")
    private String leaseHolderName;

    @Column(name = "lease_expires_at")
    private Instant leaseExpiresAt;

    protected ReportSection() {
    }

    public ReportSection(long reportId, SectionKey key, Instant now) {
        this.reportId = reportId;
        this.key = key;
        this.html = "";
        this.version = 0;
        this.updatedAt = now;
    }

    /**
     * Saves already-sanitised text based on {@code baseVersion}. Returns the new version to keep, or null when
     * the text did not change (the lease is still renewed, or released with {@code release}).
     */
    public SectionVersion save(String cleanHtml, int baseVersion, Actor a, Instant now, Duration lease,
            boolean release) {
        if (leasedToOther(a.id(), now)) {
            throw new EditConflict(EditConflict.Kind.LEASED, this, cleanHtml);
        }
        if (baseVersion != version) {
            throw new EditConflict(EditConflict.Kind.STALE, this, cleanHtml);
        }
        if (release) {
            releaseLease();
        } else {
            leaseHolderId = a.id();
            leaseHolderName = a.name();
            leaseExpiresAt = now.plus(lease);
        }
        if (cleanHtml.equals(html)) {
            return null;
        }
        html = cleanHtml;
        version++;
        updatedAt = now;
        updatedById = a.id();
        updatedByName = a.name();
        return new SectionVersion(reportId, key, version, html, a, now, null);
    }

    public boolean leasedToOther(long staffId, Instant now) {
        return leaseHolderId != null && leaseHolderId != staffId && leaseExpiresAt != null
                && leaseExpiresAt.isAfter(now);
    }

    public void releaseLease() {
        leaseHolderId = null;
        leaseHolderName = null;
        leaseExpiresAt = null;
    }

    public Long id() { return id; }
    public long reportId() { return reportId; }
    public SectionKey key() { return key; }
    public String html() { return html; }
    public int version() { return version; }
    public Instant updatedAt() { return updatedAt; }
    public Long updatedById() { return updatedById; }
    public String updatedByName() { return updatedByName; }
    public Long leaseHolderId() { return leaseHolderId; }
    public String leaseHolderName() { return leaseHolderName; }
    public Instant leaseExpiresAt() { return leaseExpiresAt; }
}
