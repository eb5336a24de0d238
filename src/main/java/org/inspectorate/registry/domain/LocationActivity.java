package org.inspectorate.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Objects;

/** A regulated activity registered at a location, with the registered manager in day-to-day charge of it. */
@Embeddable
public class LocationActivity {

    @Enumerated(EnumType.STRING)
    @Column(name = "activity", nullable = false)
    private RegulatedActivity activity;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Person manager;

    protected LocationActivity() {
    }

    public LocationActivity(RegulatedActivity activity, LocalDate registeredOn, Person manager) {
        this.activity = Objects.requireNonNull(activity);
        this.registeredOn = Objects.requireNonNull(registeredOn);
        this.manager = manager;
    }

    public RegulatedActivity activity() {
        return activity;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public Person manager() {
        return manager;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocationActivity other && other.activity == activity;
    }

    @Override
    public int hashCode() {
        return activity.hashCode();
    }
}
