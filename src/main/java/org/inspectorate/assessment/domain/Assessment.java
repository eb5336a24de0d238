package org.inspectorate.assessment.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An assessment of one location under one methodology version. It is open while evidence and scores are recorded,
 * submitted for a manager's approval, and approved (which publishes its ratings). It may be returned to the team
 * while submitted. Approval needs someone other than the person who submitted it.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    @SequenceGenerator(name = "assessment_id", sequenceName = "assessment_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_id")
    private Long id;

    @Column(name = "location_id", nullable = false, updatable = false)
    private String locationId;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private String providerId;

    @Column(name = "location_name", nullable = false, updatable = false)
    private String locationName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private AssessmentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private AssessmentState state;

    @Column(name = "methodology_code", nullable = false, updatable = false)
    private String methodologyCode;

    @Column(name = "team", nullable = false)
    private String team;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "opened_by_id", updatable = false)
    private Long openedById;

    @Column(name = "opened_by_name", nullable = false, updatable = false)
    private String openedByName;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "submitted_by_id")
    private Long submittedById;

    @Column(name = "submitted_by_name")
    private String submittedByName;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "approved_by_id")
    private Long approvedById;

    @Column(name = "approved_by_name")
    private String approvedByName;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_statement", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "statement_code")
    private Set<String> scope = new TreeSet<>();

    @Version
    private int version;

    protected Assessment() {
    }

    public Assessment(String locationId, String providerId, String locationName, AssessmentKind kind,
            Set<String> scope, String methodologyCode, String team, LocalDate startsOn, LocalDate endsOn, Actor by,
            Instant at) {
        this.locationId = locationId;
        this.providerId = providerId;
        this.locationName = locationName;
        this.kind = kind;
        this.scope = new TreeSet<>(scope);
        this.methodologyCode = methodologyCode;
        this.team = team;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.openedById = by.id();
        this.openedByName = by.name();
        this.openedAt = at;
        this.ownerId = by.id();
        this.ownerName = by.name();
        this.state = AssessmentState.OPEN;
    }

    /** A manager gives the assessment to another inspector to lead; only while it is open. */
    public void ownedBy(long staffId, String name) {
        if (state != AssessmentState.OPEN) {
            throw new AssessmentConflict("This assessment is " + state.label().toLowerCase(java.util.Locale.ROOT)
                    + ": only an open assessment changes hands");
        }
        this.ownerId = staffId;
        this.ownerName = name;
    }

    /** Evidence, scores, breaches and overrides may be recorded only while the assessment is open. */
    public void requireOpen() {
        if (state != AssessmentState.OPEN) {
            throw new AssessmentConflict("This assessment is " + state.label().toLowerCase(java.util.Locale.ROOT)
                    + ": evidence and scores can no longer be changed");
        }
    }

    public boolean reassesses(String statementCode) {
        return scope.contains(statementCode);
    }

    public void submit(Actor by, Instant at) {
        requireOpen();
        state = AssessmentState.SUBMITTED;
        submittedById = by.id();
        submittedByName = by.name();
        submittedAt = at;
    }

    public void returnToTeam() {
        if (state != AssessmentState.SUBMITTED) {
            throw new AssessmentConflict("Only an assessment waiting for approval can be returned");
        }
        state = AssessmentState.OPEN;
    }

    public void approve(Actor by, Instant at) {
        if (state != AssessmentState.SUBMITTED) {
            throw new AssessmentConflict("Only an assessment waiting for approval can be approved");
        }
        if (by.same(submittedById, submittedByName)) {
            throw new AssessmentConflict("An assessment must be approved by someone other than the person who"
                    + " submitted it");
        }
        state = AssessmentState.APPROVED;
        approvedById = by.id();
        approvedByName = by.name();
        approvedAt = at;
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("location", locationId);
        m.put("kind", kind.name());
        m.put("state", state.name());
        m.put("methodology", methodologyCode);
        m.put("team", team);
        m.put("startsOn", String.valueOf(startsOn));
        m.put("endsOn", String.valueOf(endsOn));
        m.put("statements", String.join(",", scope));
        m.put("owner", ownerName);
        return m;
    }

    public Long id() { return id; }
    public String locationId() { return locationId; }
    public String providerId() { return providerId; }
    public String locationName() { return locationName; }
    public AssessmentKind kind() { return kind; }
    public AssessmentState state() { return state; }
    public String methodologyCode() { return methodologyCode; }
    public String team() { return team; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public String openedByName() { return openedByName; }
    public Long ownerId() { return ownerId; }
    public String ownerName() { return ownerName; }
    public int version() { return version; }
    public Instant openedAt() { return openedAt; }
    public String submittedByName() { return submittedByName; }
    public Instant submittedAt() { return submittedAt; }
    public String approvedByName() { return approvedByName; }
    public Instant approvedAt() { return approvedAt; }
    public Set<String> scope() { return Set.copyOf(scope); }
}
