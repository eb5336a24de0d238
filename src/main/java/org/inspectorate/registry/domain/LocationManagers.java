package org.inspectorate.registry.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The registered managers of one location and the rules for changing them: a manager is registered only at a
 * location on the register, for activities carried on there, and only once at a time; only a manager who is
 * registered can have their registration cancelled.
 */
public final class LocationManagers {

    private final Location location;
    private final List<ManagerRegistration> registrations;

    /** {@code registrations}: the location's registrations (current ones at least). */
    public LocationManagers(Location location, List<ManagerRegistration> registrations) {
        this.location = location;
        this.registrations = new ArrayList<>(registrations);
    }

    /**
     * Registers the person as a manager at this location from the given day, for the activities named (all the
     * location's activities when none are, or when every one is). Returns the new registration, to be stored.
     */
    public ManagerRegistration register(Person person, Set<RegulatedActivity> activities, LocalDate on) {
        if (location.status() != RegistrationStatus.REGISTERED) {
            throw new IllegalStateException(location.name() + " is not on the register");
        }
        for (RegulatedActivity a : activities) {
            if (!location.carriesOn(a)) {
                throw new IllegalArgumentException(a.label() + " is not registered at " + location.name());
            }
        }
        if (currentNamed(person.fullName()).isPresent()
                || currentNamed(person.givenName() + " " + person.familyName()).isPresent()) {
            throw new IllegalStateException(person.fullName() + " is already a registered manager at "
                    + location.name());
        }
        boolean everyActivity = location.activities().stream().allMatch(a -> activities.contains(a.activity()));
        ManagerRegistration r = new ManagerRegistration(location, person, everyActivity ? Set.of() : activities, on);
        registrations.add(r);
        return r;
    }

    /** Cancels the registration of the manager with this name. Returns it, cancelled. */
    public ManagerRegistration cancel(String name, LocalDate on) {
        ManagerRegistration r = currentNamed(name).orElseThrow(() -> new IllegalArgumentException(
                (name == null || name.isBlank() ? "That person" : name.strip()) + " is not a registered manager at "
                        + location.name()));
        r.cancel(on);
        return r;
    }

    /** Ends every current registration (the location leaves the register). Returns those ended. */
    public List<ManagerRegistration> cancelAll(LocalDate on) {
        List<ManagerRegistration> ended = current();
        ended.forEach(r -> r.cancel(on.isBefore(r.registeredOn()) ? r.registeredOn() : on));
        return ended;
    }

    public Optional<ManagerRegistration> currentNamed(String name) {
        return registrations.stream().filter(ManagerRegistration::current).filter(r -> r.isOf(name)).findFirst();
    }

    public List<ManagerRegistration> current() {
        return registrations.stream().filter(ManagerRegistration::current).toList();
    }
}
