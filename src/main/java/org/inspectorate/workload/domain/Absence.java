package org.inspectorate.workload.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inspectorate.shared.domain.Validation;

/**
 * A member of staff away from their first to their last day (inclusive, UK days). While it lasts, and from
 * {@link #NOTICE_DAYS} days before it starts, their open work is listed for their manager to give to someone else.
 */
@Entity
@Table(name = "staff_absence")
public class Absence {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** The longest absence one record covers. */
    public static final int MAX_DAYS = 366;
    /** How far ahead an absence can be recorded. */
    public static final int MAX_DAYS_AHEAD = 366;
    /** How long before an absence its work is listed, so that what falls due while away is moved in time. */
    public static final int NOTICE_DAYS = 14;

    public enum Status { UPCOMING, CURRENT, OVER, CANCELLED }

    @Id
    @SequenceGenerator(name = "staff_absence_id", sequenceName = "staff_absence_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_absence_id")
    private Long id;

    @Column(name = "staff_id", nullable = false, updatable = false)
    private long staffId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "recorded_by_id", updatable = false)
    private Long recordedById;

    @Column(name = "recorded_by_name", nullable = false, updatable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by_name")
    private String cancelledByName;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Absence() {
    }

    /** A new absence; {@link #check} first. */
    public Absence(long staffId, LocalDate startsOn, LocalDate endsOn, Long byId, String byName, Instant now) {
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("An absence needs a first day and a last day on or after it");
        }
        this.staffId = staffId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.recordedById = byId;
        this.recordedByName = byName;
        this.recordedAt = now;
    }

    /** The rules for the days of a new absence, each failure by its field. */
    public static Validation check(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        Validation v = new Validation()
                .require(startsOn != null, "startsOn", "Enter the first day away, like 4 1 2027")
                .require(endsOn != null, "endsOn", "Enter the last day away, like 8 1 2027");
        if (startsOn != null && endsOn != null) {
            v.require(!endsOn.isBefore(startsOn), "endsOn", "The last day away must be on or after the first")
                    .require(endsOn.isBefore(startsOn) || ChronoUnit.DAYS.between(startsOn, endsOn) < MAX_DAYS,
                            "endsOn", "An absence can be at most " + MAX_DAYS + " days; record a longer one in parts")
                    .require(!endsOn.isBefore(today), "endsOn", "The last day away must be today or later")
                    .require(ChronoUnit.DAYS.between(today, startsOn) <= MAX_DAYS_AHEAD, "startsOn",
                            "The first day away must be within a year from today");
        }
        return v;
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return cancelledAt == null && !from.isAfter(endsOn) && !to.isBefore(startsOn);
    }

    public Status statusOn(LocalDate today) {
        if (cancelledAt != null) {
            return Status.CANCELLED;
        }
        if (today.isBefore(startsOn)) {
            return Status.UPCOMING;
        }
        return today.isAfter(endsOn) ? Status.OVER : Status.CURRENT;
    }

    /** Cancels an absence not over yet: it was recorded in error, or the person is back. */
    public void cancel(String byName, Instant now, LocalDate today) {
        Status s = statusOn(today);
        if (s == Status.CANCELLED || s == Status.OVER) {
            throw new IllegalStateException("This absence is " + (s == Status.OVER ? "over" : "already cancelled"));
        }
        cancelledAt = now;
        cancelledByName = byName;
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("staffId", staffId);
        s.put("startsOn", startsOn.toString());
        s.put("endsOn", endsOn.toString());
        s.put("cancelled", cancelledAt != null);
        return s;
    }

    public Long id() { return id; }
    public long staffId() { return staffId; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public String recordedByName() { return recordedByName; }
    public Instant recordedAt() { return recordedAt; }
    public Instant cancelledAt() { return cancelledAt; }
    public int version() { return version; }
}
