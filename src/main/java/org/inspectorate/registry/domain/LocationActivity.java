package org.inspectorate.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/** A regulated activity registered at a location. Its managers are {@link ManagerRegistration}s. */
@Embeddable
public class LocationActivity {

    @Enumerated(EnumType.STRING)
    @Column(name = "activity", nullable = false)
    private RegulatedActivity activity;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    protected LocationActivity() {
    }

    public LocationActivity(RegulatedActivity activity, LocalDate registeredOn) {
        this.activity = Objects.requireNonNull(activity);
        this.registeredOn = Objects.requireNonNull(registeredOn);
    }

    public RegulatedActivity activity() {
        return activity;
    }

    public LocalDate registeredOn() {
        return registeredOn;
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
