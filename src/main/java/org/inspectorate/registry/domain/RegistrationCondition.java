package org.inspectorate.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A condition of registration (DOMAIN.md 3.5): imposed on a provider, optionally for one location. A
 * removed condition stays on record with the date it was removed.
 */
@Entity
@Table(name = "registration_condition")
public class RegistrationCondition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "condition_seq")
    @SequenceGenerator(name = "condition_seq", sequenceName = "registration_condition_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "provider_id", nullable = false)
    private String providerId;

    @Column(name = "location_id")
    private String locationId;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "imposed_on", nullable = false)
    private LocalDate imposedOn;

    @Column(name = "removed_on")
    private LocalDate removedOn;

    protected RegistrationCondition() {
    }

    public RegistrationCondition(String providerId, String locationId, String text, LocalDate imposedOn) {
        this.providerId = providerId;
        this.locationId = locationId;
        this.text = text;
        this.imposedOn = imposedOn;
    }

    public Long id() {
        return id;
    }

    public String providerId() {
        return providerId;
    }

    public String locationId() {
        return locationId;
    }

    public String text() {
        return text;
    }

    public LocalDate imposedOn() {
        return imposedOn;
    }

    public LocalDate removedOn() {
        return removedOn;
    }

    /** Removes the condition from the given date; it stays on record. */
    public void remove(LocalDate on) {
        if (removedOn != null) {
            throw new IllegalStateException("Condition " + id + " was already removed on " + removedOn);
        }
        removedOn = on;
    }

    public boolean inForce() {
        return removedOn == null;
    }
}
