package org.inspectorate.shared.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One email in the outbox, with its delivery attempts. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage {

    /** A fresh message is left to the after-commit sender this long before the sweeper may take it. */
    static final Duration FIRST_SWEEP_DELAY = Duration.ofSeconds(20);
    private static final Duration FIRST_BACK_OFF = Duration.ofSeconds(30);
    private static final Duration MAX_BACK_OFF = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient", nullable = false)
    private String recipient;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "category", nullable = false)
    private String category;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    OutboxMessage(OutgoingMail mail, Instant now) {
        this.recipient = mail.to();
        this.subject = mail.subject();
        this.body = mail.body();
        this.category = mail.category();
        this.createdAt = now;
        this.nextAttemptAt = now.plus(FIRST_SWEEP_DELAY);
    }

    /** How long to wait after this many failed attempts: doubling from 30 seconds, never more than 15 minutes. */
    static Duration backOff(int attempts) {
        Duration d = FIRST_BACK_OFF.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
        return d.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : d;
    }

    void sent(Instant now) {
        sentAt = now;
        claimedUntil = null;
        lastError = null;
    }

    void failed(Instant now, String error) {
        claimedUntil = null;
        lastError = error == null ? "unknown" : error.length() > 500 ? error.substring(0, 500) : error;
        nextAttemptAt = now.plus(backOff(attempts));
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String category() {
        return category;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }
}
