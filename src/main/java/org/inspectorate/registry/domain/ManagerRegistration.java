package org.inspectorate.registry.domain;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A person's registration as the manager in day-to-day charge of regulated activities at one location
 * (DOMAIN.md 3.4): for all the location's activities, or for the ones named. A cancelled registration stays on
 * record with the date it ended. Rules across a location's managers live in {@link LocationManagers}.
 */
@Entity
@Table(name = "manager_registration")
public class ManagerRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "manager_registration_seq")
    @SequenceGenerator(name = "manager_registration_seq", sequenceName = "manager_registration_id_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id")
    private Location location;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "all_activities", nullable = false)
    private boolean allActivities;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "manager_registration_activity", joinColumns = @JoinColumn(name = "registration_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "activity", nullable = false)
    private Set<RegulatedActivity> activities = new HashSet<>();

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ManagerRegistration() {
    }

    /** A registration for the given activities, or for all the location's activities when none are named. */
    ManagerRegistration(Location location, Person person, Set<RegulatedActivity> activities, LocalDate on) {
        this.location = Objects.requireNonNull(location);
        this.person = Objects.requireNonNull(person);
        this.registeredOn = Objects.requireNonNull(on);
        this.allActivities = activities == null || activities.isEmpty();
        this.activities = allActivities ? new HashSet<>() : EnumSet.copyOf(activities);
    }

    /** Ends the registration on the given day. */
    public void cancel(LocalDate on) {
        if (cancelledOn != null) {
            throw new IllegalStateException(person.fullName() + "'s registration as a manager was already cancelled on "
                    + cancelledOn);
        }
        if (on.isBefore(registeredOn)) {
            throw new IllegalArgumentException("The cancellation date cannot be before the registration on "
                    + registeredOn);
        }
        cancelledOn = on;
    }

    /** Adds one more activity to a registration for named activities (one for all covers it already). */
    public void extendTo(RegulatedActivity activity) {
        if (!allActivities) {
            activities.add(activity);
        }
    }

    /**
     * Takes an activity the location no longer carries on out of this registration; a registration left with
     * no activity ends on that day. True when it ended.
     */
    public boolean withdrawActivity(RegulatedActivity activity, LocalDate on) {
        if (allActivities || !activities.remove(activity) || !activities.isEmpty() || !current()) {
            return false;
        }
        cancel(on);
        return true;
    }

    public boolean current() {
        return cancelledOn == null;
    }

    public boolean covers(RegulatedActivity activity) {
        return allActivities || activities.contains(activity);
    }

    public boolean isOf(String name) {
        return person.isNamed(name);
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("person", person.fullName());
        s.put("locationId", location.id());
        s.put("activities", allActivities ? List.of("ALL") : activities().stream().map(Enum::name).toList());
        s.put("registeredOn", registeredOn.toString());
        s.put("cancelledOn", cancelledOn == null ? null : cancelledOn.toString());
        return s;
    }

    public Long id() {
        return id;
    }

    public Location location() {
        return location;
    }

    public Person person() {
        return person;
    }

    public boolean allActivities() {
        return allActivities;
    }

    /** The activities named, in schedule order; empty for a registration for all activities. */
    public List<RegulatedActivity> activities() {
        return activities.stream().sorted().toList();
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }
}
