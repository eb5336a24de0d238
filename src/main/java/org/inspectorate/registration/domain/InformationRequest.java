package org.inspectorate.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.inspectorate.shared.domain.ValidationFailure;

/** A request for more information during assessment, answered by the provider in the portal. */
@Entity
@Table(name = "registration_information_request")
public class InformationRequest {

    public static final int MAX_LENGTH = 10_000;

    @Id
    @SequenceGenerator(name = "registration_request_id", sequenceName = "registration_request_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_request_id")
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "question", nullable = false, updatable = false)
    private String question;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "asked_by", nullable = false, updatable = false)
    private String askedBy;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(name = "answer")
    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected InformationRequest() {
    }

    public InformationRequest(Long applicationId, String question, LocalDate dueOn, LocalDate today, String askedBy,
            Instant askedAt) {
        if (question == null || question.isBlank()) {
            throw ValidationFailure.of("question", "Write what information you need");
        }
        if (question.length() > MAX_LENGTH) {
            throw ValidationFailure.of("question", "The request must be " + MAX_LENGTH + " characters or fewer");
        }
        if (dueOn == null || dueOn.isBefore(today)) {
            throw ValidationFailure.of("dueOn", "Enter a date for the answer that is today or later");
        }
        this.applicationId = applicationId;
        this.question = question.strip();
        this.dueOn = dueOn;
        this.askedBy = askedBy;
        this.askedAt = askedAt;
    }

    public void answer(String text, String by, Instant at) {
        if (answer != null) {
            throw ValidationFailure.of("answer", "This request has already been answered");
        }
        if (text == null || text.isBlank()) {
            throw ValidationFailure.of("answer", "Write your answer");
        }
        if (text.length() > MAX_LENGTH) {
            throw ValidationFailure.of("answer", "Your answer must be " + MAX_LENGTH + " characters or fewer");
        }
        answer = text.strip();
        answeredBy = by;
        answeredAt = at;
    }

    public boolean answered() {
        return answer != null;
    }

    public boolean overdueOn(LocalDate today) {
        return answer == null && today.isAfter(dueOn);
    }

    public Long id() { return id; }
    public Long applicationId() { return applicationId; }
    public String question() { return question; }
    public LocalDate dueOn() { return dueOn; }
    public String askedBy() { return askedBy; }
    public Instant askedAt() { return askedAt; }
    public String answer() { return answer; }
    public String answeredBy() { return answeredBy; }
    public Instant answeredAt() { return answeredAt; }
}
