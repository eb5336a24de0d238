package org.inspectorate.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.Objects;

/**
 * One partner's time in a partnership provider (DOMAIN.md 3.1: partner names are a condition of registration).
 * A partner who leaves stays on record with the day they left. Changed only through {@link Provider}.
 */
@Entity
@Table(name = "provider_partner")
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_partner_seq")
    @SequenceGenerator(name = "provider_partner_seq", sequenceName = "provider_partner_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Partner() {
    }

    Partner(Provider provider, Person person, LocalDate joinedOn) {
        this.provider = Objects.requireNonNull(provider);
        this.person = Objects.requireNonNull(person);
        this.joinedOn = Objects.requireNonNull(joinedOn);
    }

    void leave(LocalDate on) {
        if (on.isBefore(joinedOn)) {
            throw new IllegalArgumentException("A partner cannot leave before they joined on " + joinedOn);
        }
        leftOn = on;
    }

    public boolean current() {
        return leftOn == null;
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }
}
