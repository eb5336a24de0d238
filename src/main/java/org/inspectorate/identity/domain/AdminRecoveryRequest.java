package org.inspectorate.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A request to the regulator for a new organisation administrator, for when the organisation's own
 * administrators cannot act. Staff verify the requester against the register, then grant or reject it.
 */
@Entity
@Table(name = "admin_recovery_request")
public class AdminRecoveryRequest {

    public enum Status { PENDING, GRANTED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider_id", nullable = false)
    private String providerId;

    @Column(name = "requester_name", nullable = false)
    private String requesterName;

    @Column(name = "requester_email", nullable = false)
    private String requesterEmail;

    @Column(name = "requester_role", nullable = false)
    private String requesterRole;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "source_ip")
    private String sourceIp;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "invitation_id")
    private Long invitationId;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected AdminRecoveryRequest() {
    }

    public AdminRecoveryRequest(String providerId, String requesterName, String requesterEmail, String requesterRole,
            String reason, String sourceIp, Instant now) {
        this.providerId = providerId;
        this.requesterName = requesterName.strip();
        this.requesterEmail = requesterEmail.strip().toLowerCase(Locale.ROOT);
        this.requesterRole = requesterRole.strip();
        this.reason = reason.strip();
        this.sourceIp = sourceIp;
        this.createdAt = now;
        this.status = Status.PENDING;
    }

    public void grant(long staffId, Instant now, long invitation, String note) {
        decide(Status.GRANTED, staffId, now, note);
        this.invitationId = invitation;
    }

    public void reject(long staffId, Instant now, String note) {
        decide(Status.REJECTED, staffId, now, note);
    }

    private void decide(Status outcome, long staffId, Instant now, String note) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Request " + id + " was already " + status);
        }
        status = outcome;
        decidedBy = staffId;
        decidedAt = now;
        decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("providerId", providerId);
        s.put("requesterName", requesterName);
        s.put("requesterEmail", requesterEmail);
        s.put("requesterRole", requesterRole);
        s.put("status", status.name());
        s.put("decisionNote", decisionNote);
        s.put("invitationId", invitationId);
        return s;
    }

    public Long id() {
        return id;
    }

    public String providerId() {
        return providerId;
    }

    public String requesterName() {
        return requesterName;
    }

    public String requesterEmail() {
        return requesterEmail;
    }

    public String requesterRole() {
        return requesterRole;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Status status() {
        return status;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public int version() {
        return version;
    }
}
