package org.inspectorate.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Temporary cover: from its first to its last day (inclusive, UK dates) one user also works with the
 * locations of another, absent, user. It lapses by itself after its last day, or can be ended early.
 */
@Entity
@Table(name = "location_cover")
public class LocationCover {

    /** Cover days are UK calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final int MAX_DAYS = 366;

    public enum Status { UPCOMING, ACTIVE, LAPSED, ENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider_id", nullable = false)
    private String providerId;

    @Column(name = "covering_user", nullable = false)
    private Long coveringUser;

    @Column(name = "covered_user", nullable = false)
    private Long coveredUser;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "reason")
    private String reason;

    @Column(name = "granted_by")
    private Long grantedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected LocationCover() {
    }

    public LocationCover(String providerId, long coveringUser, long coveredUser, LocalDate startsOn, LocalDate endsOn,
            String reason, Long grantedBy, Instant now) {
        if (coveringUser == coveredUser || endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("Cover needs two different users and an end on or after its start");
        }
        this.providerId = providerId;
        this.coveringUser = coveringUser;
        this.coveredUser = coveredUser;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.grantedBy = grantedBy;
        this.createdAt = now;
    }

    public Status statusOn(LocalDate today) {
        if (endedAt != null) {
            return Status.ENDED;
        }
        if (today.isBefore(startsOn)) {
            return Status.UPCOMING;
        }
        return today.isAfter(endsOn) ? Status.LAPSED : Status.ACTIVE;
    }

    public boolean activeOn(LocalDate today) {
        return statusOn(today) == Status.ACTIVE;
    }

    public void end(Instant now) {
        if (endedAt == null) {
            endedAt = now;
        }
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("providerId", providerId);
        s.put("coveringUser", coveringUser);
        s.put("coveredUser", coveredUser);
        s.put("startsOn", startsOn.toString());
        s.put("endsOn", endsOn.toString());
        s.put("reason", reason);
        s.put("ended", endedAt != null);
        return s;
    }

    public Long id() {
        return id;
    }

    public String providerId() {
        return providerId;
    }

    public Long coveringUser() {
        return coveringUser;
    }

    public Long coveredUser() {
        return coveredUser;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String reason() {
        return reason;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
