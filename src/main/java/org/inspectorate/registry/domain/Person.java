package org.inspectorate.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A person the register names: a registered manager, a nominated individual or a partner. Their names
 * are public; their email and phone are personal data seen only by staff (reads are audited).
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "title")
    private String title;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    protected Person() {
    }

    public Person(String title, String givenName, String familyName, String email, String phone) {
        this.title = title;
        this.givenName = givenName;
        this.familyName = familyName;
        this.email = email;
        this.phone = phone;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String fullName() {
        return (title == null ? "" : title + " ") + givenName + " " + familyName;
    }

    /**
     * Whether this is the person a typed name means: the same words, ignoring case, extra spaces and the
     * title (people rarely type "Dr" when naming a colleague).
     */
    public boolean isNamed(String name) {
        String wanted = normalise(name);
        return !wanted.isEmpty() && (wanted.equals(normalise(fullName()))
                || wanted.equals(normalise(givenName + " " + familyName)));
    }

    static String normalise(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
