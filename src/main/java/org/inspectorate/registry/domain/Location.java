package org.inspectorate.registry.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A place at or from which a provider carries on regulated activities (DOMAIN.md 3.2). */
@Entity
@Table(name = "location")
public class Location {

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "also_known_as")
    private String alsoKnownAs;

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

    @Column(name = "care_home", nullable = false)
    private boolean careHome;

    @Column(name = "dormant", nullable = false)
    private boolean dormant;

    @Column(name = "beds")
    private Integer beds;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_status", nullable = false)
    private RegistrationStatus status;

    @Column(name = "registration_date", nullable = false)
    private LocalDate registrationDate;

    @Column(name = "deregistration_date")
    private LocalDate deregistrationDate;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "location_service_type", joinColumns = @JoinColumn(name = "location_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false)
    private Set<ServiceType> serviceTypes = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "location_specialism", joinColumns = @JoinColumn(name = "location_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "specialism", nullable = false)
    private Set<Specialism> specialisms = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "location_activity", joinColumns = @JoinColumn(name = "location_id"))
    private Set<LocationActivity> activities = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Location() {
    }

    public Location(String id, Provider provider, String name, Address address, Region region, String localAuthority,
            LocalDate registrationDate) {
        if (!OrganisationId.isValid(id)) {
            throw new IllegalArgumentException("Not a location id: " + id);
        }
        this.id = id;
        this.provider = Objects.requireNonNull(provider);
        this.name = name;
        this.address = address;
        this.region = region;
        this.localAuthority = localAuthority;
        this.registrationDate = registrationDate;
        this.status = RegistrationStatus.REGISTERED;
    }

    /** Changes the details a registration officer may correct without an application. */
    public void changeDetails(LocationDetails details) {
        details.validate();
        if (!careHome && details.beds() != null) {
            throw org.inspectorate.shared.domain.ValidationFailure.of("beds",
                    "Only a care home has a number of beds; leave it empty for this location");
        }
        this.name = details.name().strip();
        this.alsoKnownAs = blankToNull(details.alsoKnownAs());
        this.address = new Address(details.addressLine1().strip(), details.addressLine2(), details.townCity().strip(),
                details.county(), details.postcode());
        this.phone = blankToNull(details.phone());
        this.website = blankToNull(details.website());
        this.beds = careHome ? details.beds() : null;
        this.dormant = details.dormant();
    }

    public void describeService(Set<ServiceType> types, Set<Specialism> forWhom, Integer beds) {
        this.serviceTypes = types.isEmpty() ? new HashSet<>() : EnumSet.copyOf(types);
        this.specialisms = forWhom.isEmpty() ? new HashSet<>() : EnumSet.copyOf(forWhom);
        this.careHome = types.stream().anyMatch(ServiceType::careHome);
        this.beds = careHome ? beds : null;
    }

    public void setContact(String phone, String website) {
        this.phone = phone;
        this.website = website;
    }

    /** A dormant location is registered but not currently providing care. */
    public void markDormant(boolean dormant) {
        this.dormant = dormant;
    }

    /** Takes the location off the register from the given date; its record and history stay. */
    public void deregister(LocalDate on) {
        if (status == RegistrationStatus.DEREGISTERED) {
            throw new IllegalStateException("Location " + id + " is already deregistered");
        }
        if (on.isBefore(registrationDate)) {
            throw new IllegalArgumentException("Deregistration cannot precede registration");
        }
        status = RegistrationStatus.DEREGISTERED;
        deregistrationDate = on;
    }

    public void registerActivity(RegulatedActivity activity, LocalDate on) {
        activities.add(new LocationActivity(activity, on));
    }

    /** The rules for this location's registered managers, over its registrations as loaded by the caller. */
    public LocationManagers managers(List<ManagerRegistration> registrations) {
        return new LocationManagers(this, registrations);
    }

    /** Whether the activity is registered here. */
    public boolean carriesOn(RegulatedActivity activity) {
        return activities.stream().anyMatch(a -> a.activity() == activity);
    }

    /** Takes one regulated activity off this location's registration (a granted variation or cancellation). */
    public void removeActivity(RegulatedActivity activity) {
        if (!activities.removeIf(a -> a.activity() == activity)) {
            throw new IllegalStateException(activity.label() + " is not registered at location " + id);
        }
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("alsoKnownAs", alsoKnownAs);
        s.put("address", address.oneLine());
        s.put("phone", phone);
        s.put("website", website);
        s.put("beds", beds);
        s.put("dormant", dormant);
        s.put("status", status.name());
        return s;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String id() {
        return id;
    }

    public Provider provider() {
        return provider;
    }

    public String providerId() {
        return provider.id();
    }

    public String name() {
        return name;
    }

    public String alsoKnownAs() {
        return alsoKnownAs;
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

    public boolean careHome() {
        return careHome;
    }

    public boolean dormant() {
        return dormant;
    }

    public Integer beds() {
        return beds;
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

    public List<ServiceType> serviceTypes() {
        return serviceTypes.stream().sorted().toList();
    }

    public List<Specialism> specialisms() {
        return specialisms.stream().sorted().toList();
    }

    public List<LocationActivity> activities() {
        return activities.stream().sorted(Comparator.comparing(LocationActivity::activity)).toList();
    }

    public int version() {
        return version;
    }
}
