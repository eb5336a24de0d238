package org.inspectorate.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registered person: the legal entity that carries on regulated activities (DOMAIN.md 3.1). */
@Entity
@Table(name = "provider")
public class Provider {

    @Id
    private String id;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_type", nullable = false)
    private ProviderType type;

    @Column(name = "companies_house_number")
    private String companiesHouseNumber;

    @Column(name = "charity_number")
    private String charityNumber;

    @Embedded
    private Address address;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", nullable = false)
    private Region region;

    @Column(name = "local_authority", nullable = false)
    private String localAuthority;

    @Column(name = "phone")
    private String phone;

    @Column(name = "website")
    private String website;

    @Column(name = "email")
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_status", nullable = false)
    private RegistrationStatus status;

    @Column(name = "registration_date", nullable = false)
    private LocalDate registrationDate;

    @Column(name = "deregistration_date")
    private LocalDate deregistrationDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "nominated_individual_id")
    private Person nominatedIndividual;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "provider_partner",
            joinColumns = @JoinColumn(name = "provider_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private List<Person> partners = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Provider() {
    }

    public Provider(String id, String name, ProviderType type, Address address, Region region, String localAuthority,
            LocalDate registrationDate) {
        if (!OrganisationId.isValid(id)) {
            throw new IllegalArgumentException("Not a provider id: " + id);
        }
        this.id = id;
        this.name = name;
        this.type = type;
        this.address = address;
        this.region = region;
        this.localAuthority = localAuthority;
        this.registrationDate = registrationDate;
        this.status = RegistrationStatus.REGISTERED;
    }

    public void setContact(String phone, String website, String email) {
        this.phone = phone;
        this.website = website;
        this.email = email;
    }

    public void setIdentifiers(String companiesHouseNumber, String charityNumber) {
        this.companiesHouseNumber = companiesHouseNumber;
        this.charityNumber = charityNumber;
    }

    public void appointNominatedIndividual(Person person) {
        this.nominatedIndividual = person;
    }

    public void addPartner(Person person) {
        if (type != ProviderType.PARTNERSHIP) {
            throw new IllegalStateException("Only a partnership has partners");
        }
        partners.add(person);
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", type.name());
        s.put("address", address.oneLine());
        s.put("region", region.name());
        s.put("localAuthority", localAuthority);
        s.put("phone", phone);
        s.put("website", website);
        s.put("email", email);
        s.put("status", status.name());
        return s;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ProviderType type() {
        return type;
    }

    public String companiesHouseNumber() {
        return companiesHouseNumber;
    }

    public String charityNumber() {
        return charityNumber;
    }

    public Address address() {
        return address;
    }

    public Region region() {
        return region;
    }

    public String localAuthority() {
        return localAuthority;
    }

    public String phone() {
        return phone;
    }

    public String website() {
        return website;
    }

    public String email() {
        return email;
    }

    public RegistrationStatus status() {
        return status;
    }

    public LocalDate registrationDate() {
        return registrationDate;
    }

    public LocalDate deregistrationDate() {
        return deregistrationDate;
    }

    public Person nominatedIndividual() {
        return nominatedIndividual;
    }

    public List<Person> partners() {
        return List.copyOf(partners);
    }

    public int version() {
        return version;
    }
}
