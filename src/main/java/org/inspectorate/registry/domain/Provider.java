package org.inspectorate.registry.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
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

    /** A partnership is two or more people. */
    public static final int MINIMUM_PARTNERS = 2;

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

    @OneToMany(mappedBy = "provider", fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
    @OrderBy("joinedOn, id")
    private List<Partner> partners = new ArrayList<>();

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

    /** A partner from the day the partnership was registered (its first partners). */
    public Partner addPartner(Person person) {
        return addPartner(person, registrationDate);
    }

    /** A partner joins the partnership from the given day. Returns their new partnership record, to be stored. */
    public Partner addPartner(Person person, LocalDate on) {
        requirePartnership();
        if (currentPartner(person.fullName()).isPresent()
                || currentPartner(person.givenName() + " " + person.familyName()).isPresent()) {
            throw new IllegalStateException(person.fullName() + " is already a partner of " + name);
        }
        Partner p = new Partner(this, person, on);
        partners.add(p);
        return p;
    }

    /**
     * The partner with this name leaves the partnership on the given day. A partnership is two or more people, so
     * the last two partners cannot leave: another must join first (or the provider registers anew).
     */
    public Partner removePartner(String partnerName, LocalDate on) {
        requirePartnership();
        Partner leaving = currentPartner(partnerName).orElseThrow(() -> new IllegalArgumentException(
                (partnerName == null || partnerName.isBlank() ? "That person" : partnerName.strip())
                        + " is not a partner of " + name));
        if (currentPartners().size() <= MINIMUM_PARTNERS) {
            throw new IllegalStateException("A partnership needs at least " + MINIMUM_PARTNERS + " partners, so "
                    + leaving.person().fullName() + " cannot leave " + name + " unless another partner joins first");
        }
        leaving.leave(on);
        return leaving;
    }

    public java.util.Optional<Partner> currentPartner(String partnerName) {
        return partners.stream().filter(Partner::current).filter(p -> p.person().isNamed(partnerName)).findFirst();
    }

    /** The partners now, in the order they joined. */
    public List<Partner> currentPartners() {
        return partners.stream().filter(Partner::current).toList();
    }

    private void requirePartnership() {
        if (type != ProviderType.PARTNERSHIP) {
            throw new IllegalStateException("Only a partnership has partners; " + name + " is "
                    + type.label().toLowerCase(java.util.Locale.ROOT));
        }
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

    /** The people who are partners now. */
    public List<Person> partners() {
        return currentPartners().stream().map(Partner::person).toList();
    }

    public int version() {
        return version;
    }
}
