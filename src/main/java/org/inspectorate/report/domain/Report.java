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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inspectorate.shared.domain.Validation;
import org.inspectorate.shared.time.Days;

/**
 * An inspection report of one location. It is always in exactly one {@link ReportState} and guards its own
 * moves: who may make them (a second person reviews; managers withdraw and reinstate), whether a reason is
 * needed, and when the factual accuracy check may be finalised. Every move is returned as a {@link ReportMove}
 * for the history.
 */
@Entity
@Table(name = "report")
public class Report {

    public static final int MAX_REASON = 4000;
    /** Publication target: days from the end of the site visit. */
    public static final int PUBLICATION_TARGET_DAYS = 50;

    @Id
    @SequenceGenerator(name = "report_id", sequenceName = "report_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_id")
    private Long id;

    @Column(name = "location_id", nullable = false, updatable = false)
    private String locationId;

    @Column(name = "location_name", nullable = false)
    private String locationName;

    @Column(name = "provider_id", nullable = false)
    private String providerId;

    @Column(name = "team", nullable = false)
    private String team;

    @Column(name = "region")
    private String region;

    @Column(name = "assessment_id")
    private Long assessmentId;

    @Column(name = "site_visit_ended_on", nullable = false)
    private LocalDate siteVisitEndedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private ReportState state;

    @Column(name = "state_since", nullable = false)
    private Instant stateSince;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    @Column(name = "reviewer_name")
    private String reviewerName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "fac_sent_at")
    private Instant facSentAt;

    @Column(name = "fac_deadline")
    private LocalDate facDeadline;

    @Column(name = "fac_responded_at")
    private Instant facRespondedAt;

    @Column(name = "fac_no_inaccuracies", nullable = false)
    private boolean facNoInaccuracies;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Report() {
    }

    public Report(String locationId, String locationName, String providerId, String team, String region,
            Long assessmentId, LocalDate siteVisitEndedOn, Actor owner, Instant now) {
        this.locationId = locationId;
        this.locationName = locationName;
        this.providerId = providerId;
        this.team = team;
        this.region = region;
        this.assessmentId = assessmentId;
        this.siteVisitEndedOn = siteVisitEndedOn;
        this.state = ReportState.DRAFT;
        this.stateSince = now;
        this.ownerId = owner.id();
        this.ownerName = owner.name();
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    /** What a move needs to know beyond the report: today, unanswered comments, the provider's deadline. */
    public record MoveFacts(LocalDate today, long unansweredComments, LocalDate facDeadline) {
    }

    /** Makes the move if the state, the actor and the facts allow it; otherwise refuses and changes nothing. */
    public ReportMove apply(Transition t, Actor a, String reason, Instant now, MoveFacts facts) {
        t.refusedFor(state, ownerId, a).ifPresent(refusal -> {
            throw new ReportConflict(refusal);
        });
        if (t.reasonRequired()) {
            new Validation().requireText(reason, "reason", "the reason", MAX_REASON).throwIfInvalid();
        } else {
            new Validation().optionalText(reason, "reason", "the reason", MAX_REASON).throwIfInvalid();
        }
        switch (t) {
            case PASS_REVIEW -> {
                reviewerId = a.id();
                reviewerName = a.name();
                facSentAt = now;
                facDeadline = facts.facDeadline();
                facRespondedAt = null;
                facNoInaccuracies = false;
            }
            case FINALISE -> requireFactualAccuracyDone(facts);
            case PUBLISH -> publishedAt = now;
            case RETURN_TO_AUTHOR -> {
                if (state == ReportState.IN_REVIEW) {
                    reviewerId = a.id();
                    reviewerName = a.name();
                }
            }
            default -> { }
        }
        ReportState from = state;
        state = t.to();
        stateSince = now;
        lastActivityAt = now;
        return new ReportMove(id, from, state, t, a, reason == null || reason.isBlank() ? null : reason.strip(), now);
    }

    private void requireFactualAccuracyDone(MoveFacts facts) {
        boolean deadlinePassed = facDeadline != null && facts.today().isAfter(facDeadline);
        if (facRespondedAt == null && !deadlinePassed) {
            throw new ReportConflict("The provider has until " + Days.written(facDeadline) + " to comment or confirm there are no"
                    + " inaccuracies; finalise after they respond or the deadline passes.");
        }
        if (facts.unansweredComments() > 0) {
            throw new ReportConflict("Respond to every comment from the provider before finalising ("
                    + facts.unansweredComments() + " without a response).");
        }
    }

    /** Whether the provider may still comment: during the check, before responding and by the deadline. */
    public boolean acceptsProviderComments(LocalDate today) {
        return state == ReportState.FACTUAL_ACCURACY && facRespondedAt == null && facDeadline != null
                && !today.isAfter(facDeadline);
    }

    /** The provider has finished: with their comments, or confirming there are no inaccuracies. */
    public void providerResponded(boolean noInaccuracies, LocalDate today, Instant now) {
        if (!acceptsProviderComments(today)) {
            throw new ReportConflict(state != ReportState.FACTUAL_ACCURACY
                    ? "This report is not in its factual accuracy check."
                    : facRespondedAt != null ? "Your organisation has already responded to this draft."
                    : "The deadline for comments (" + Days.written(facDeadline) + ") has passed.");
        }
        facRespondedAt = now;
        facNoInaccuracies = noInaccuracies;
        lastActivityAt = now;
    }

    public void requireEditable() {
        if (!state.editable()) {
            throw new ReportConflict("This report is " + state.label().toLowerCase(java.util.Locale.ROOT)
                    + "; it can be edited only as a draft or when returned to its author.");
        }
    }

    /** A manager (or the owner, passing it on) gives the report to someone else. */
    public void assignTo(Actor to, Instant now) {
        if (ownerId != null && ownerId == to.id()) {
            throw new ReportConflict("This report is already " + to.name() + "'s.");
        }
        ownerId = to.id();
        ownerName = to.name();
        lastActivityAt = now;
    }

    public void touch(Instant now) {
        lastActivityAt = now;
    }

    /** The date by which it should be published: 50 days after the site visit ended. */
    public LocalDate publicationTarget() {
        return siteVisitEndedOn.plusDays(PUBLICATION_TARGET_DAYS);
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("state", state.name());
        s.put("locationId", locationId);
        s.put("ownerId", ownerId);
        s.put("owner", ownerName);
        s.put("reviewer", reviewerName);
        s.put("siteVisitEndedOn", String.valueOf(siteVisitEndedOn));
        s.put("facDeadline", facDeadline == null ? null : facDeadline.toString());
        s.put("facRespondedAt", facRespondedAt == null ? null : facRespondedAt.toString());
        s.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
        return s;
    }

    public Long id() { return id; }
    public String locationId() { return locationId; }
    public String locationName() { return locationName; }
    public String providerId() { return providerId; }
    public String team() { return team; }
    public String region() { return region; }
    public Long assessmentId() { return assessmentId; }
    public LocalDate siteVisitEndedOn() { return siteVisitEndedOn; }
    public ReportState state() { return state; }
    public Instant stateSince() { return stateSince; }
    public Long ownerId() { return ownerId; }
    public String ownerName() { return ownerName; }
    public Long reviewerId() { return reviewerId; }
    public String reviewerName() { return reviewerName; }
    public Instant createdAt() { return createdAt; }
    public Instant lastActivityAt() { return lastActivityAt; }
    public Instant facSentAt() { return facSentAt; }
    public LocalDate facDeadline() { return facDeadline; }
    public Instant facRespondedAt() { return facRespondedAt; }
    public boolean facNoInaccuracies() { return facNoInaccuracies; }
    public Instant publishedAt() { return publishedAt; }
    public int version() { return version; }
}
