package org.inspectorate.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A report as published: the HTML and the PDF exactly as the public saw them on that date. Withdrawing the
 * report takes it off the public page but keeps the record.
 */
@Entity
@Table(name = "report_publication")
public class ReportPublication {

    @Id
    @SequenceGenerator(name = "report_publication_id", sequenceName = "report_publication_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_publication_id")
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Column(name = "location_id", nullable = false, updatable = false)
    private String locationId;

    @Column(name = "site_visit_ended_on", nullable = false, updatable = false)
    private LocalDate siteVisitEndedOn;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "html", nullable = false, updatable = false)
    private String html;

    @Column(name = "pdf", nullable = false, updatable = false)
    private byte[] pdf;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected ReportPublication() {
    }

    public ReportPublication(Report r, String html, byte[] pdf, Instant now) {
        this.reportId = r.id();
        this.locationId = r.locationId();
        this.siteVisitEndedOn = r.siteVisitEndedOn();
        this.publishedAt = now;
        this.html = html;
        this.pdf = pdf;
    }

    public void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    public Long id() { return id; }
    public long reportId() { return reportId; }
    public String locationId() { return locationId; }
    public LocalDate siteVisitEndedOn() { return siteVisitEndedOn; }
    public Instant publishedAt() { return publishedAt; }
    public String html() { return html; }
    public byte[] pdf() { return pdf; }
    public Instant withdrawnAt() { return withdrawnAt; }
}
