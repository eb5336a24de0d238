package org.inspectorate.shared.dated;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.inspectorate.shared.text.Bounded;

/**
 * A decision already made that changes something on a later date: pending until the scheduled job applies it on
 * that date, or until what it belongs to cancels it (an appeal lodged, the change applied by hand). Settled once.
 */
@Entity
@Table(name = "dated_decision")
public class DatedDecision {

    /** After this many failed tries the decision is left for a person (it shows as failed on the list). */
    static final int MAX_ATTEMPTS = 5;

    public enum Status { PENDING, APPLIED, CANCELLED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private String subjectId;

    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "takes_effect_on", nullable = false)
    private LocalDate takesEffectOn;

    @Column(name = "provider_id")
    private String providerId;

    @Column(name = "location_id")
    private String locationId;

    @Column(name = "description", nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    protected DatedDecision() {
    }

    DatedDecision(DatedDecisions.Spec spec, Instant at) {
        this.subjectType = Objects.requireNonNull(spec.subjectType());
        this.subjectId = Objects.requireNonNull(spec.subjectId());
        this.action = Objects.requireNonNull(spec.action());
        this.takesEffectOn = Objects.requireNonNull(spec.takesEffectOn());
        this.providerId = spec.providerId();
        this.locationId = spec.locationId();
        this.description = Bounded.of(spec.description(), 300);
        this.createdAt = at;
    }

    public boolean dueOn(LocalDate today) {
        return status == Status.PENDING && !takesEffectOn.isAfter(today);
    }

    void applied(String what, Instant at) {
        settle(Status.APPLIED, what, at);
    }

    void cancelled(String why, Instant at) {
        settle(Status.CANCELLED, why, at);
    }

    /** A try that failed; after {@link #MAX_ATTEMPTS} it is left for a person. */
    void failed(String error, Instant at) {
        requirePending();
        attempts++;
        lastError = Bounded.of(error == null ? "Unknown error" : error, 500);
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            settledAt = at;
        }
    }

    private void settle(Status to, String text, Instant at) {
        requirePending();
        status = to;
        outcome = text == null ? null : Bounded.of(text, 300);
        settledAt = at;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Dated decision " + id + " is already " + status);
        }
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", action);
        m.put("takesEffectOn", takesEffectOn.toString());
        m.put("status", status.name());
        if (outcome != null) {
            m.put("outcome", outcome);
        }
        if (attempts > 0) {
            m.put("attempts", attempts);
        }
        return m;
    }

    public Long id() { return id; }
    public String subjectType() { return subjectType; }
    public String subjectId() { return subjectId; }
    public String action() { return action; }
    public LocalDate takesEffectOn() { return takesEffectOn; }
    public String providerId() { return providerId; }
    public String locationId() { return locationId; }
    public String description() { return description; }
    public Status status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant settledAt() { return settledAt; }
    public String outcome() { return outcome; }
    public int attempts() { return attempts; }
    public String lastError() { return lastError; }
}
