package org.inspectorate.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.inspectorate.registration.domain.RegistrationApplication;
import org.inspectorate.registry.application.RegisterChanges;
import org.inspectorate.registry.application.RegisterPeopleChanges;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.registry.domain.RegulatedActivity;
import org.inspectorate.registry.domain.ServiceType;
import org.inspectorate.shared.domain.ValidationFailure;

/**
 * What granting each type of application changes on the register, through the registry's services, inside
 * the decision's transaction. Returns the facts the notice of decision and certificate state.
 */
@ApplicationScoped
public class RegisterEffects {

    @Inject
    RegisterChanges changes;

    @Inject
    RegisterPeopleChanges peopleChanges;

    /** The outcome of applying a grant: facts for the notices, and a new location's id if one was added. */
    public record Applied(Map<String, String> facts, String newLocationId, String locationId) {
    }

    /**
     * A new provider: the provider with its nominated individual (the applicant's email, so that the first
     * administrator route of the portal works for them) and partners, then its first location, in one go.
     */
    private Applied newProvider(RegistrationApplication a, Map<String, String> v, Map<String, String> facts,
            LocalDate today, String because) {
        java.util.List<String[]> partners = new java.util.ArrayList<>();
        if (a.providerType() == org.inspectorate.registry.domain.ProviderType.PARTNERSHIP) {
            partners.add(new String[] {v.get("partner1Name"), v.get("partner1Email")});
            partners.add(new String[] {v.get("partner2Name"), v.get("partner2Email")});
        }
        String providerId = changes.registerProvider(new RegisterChanges.NewProvider(v.get("providerName"),
                a.providerType(), v.get("addressLine1"), v.get("townCity"), v.get("postcode"),
                Region.valueOf(v.get("region")), v.get("localAuthority"), v.get("phone"), a.applicantEmail(),
                v.get("companiesHouseNumber"), v.get("givenName"), v.get("familyName"), a.applicantEmail(),
                partners), today, because);
        a.becomeProvider(providerId);
        Set<RegulatedActivity> activities = Arrays.stream(v.get("activities").split(","))
                .map(String::strip).map(RegulatedActivity::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RegulatedActivity.class)));
        String id = changes.addLocation(providerId, new RegisterChanges.NewLocation(v.get("name"),
                v.get("locationAddressLine1"), null, v.get("locationTownCity"), v.get("locationPostcode"),
                Region.valueOf(v.get("locationRegion")), v.get("locationLocalAuthority"),
                EnumSet.of(ServiceType.valueOf(v.get("serviceType"))), beds(v), activities, v.get("managerName"),
                v.get("managerEmail")), today, because);
        facts.put("Provider", v.get("providerName") + " (" + providerId + ")");
        facts.put("Type of provider", a.providerType().label());
        facts.put("Nominated individual", v.get("givenName") + " " + v.get("familyName"));
        facts.put("Location", v.get("name") + " (" + id + ")");
        facts.put("Regulated activities", activities.stream().map(RegulatedActivity::label)
                .collect(Collectors.joining("; ")));
        facts.put("Registered manager", v.get("managerName"));
        return new Applied(facts, id, id);
    }

    private static Integer beds(Map<String, String> v) {
        String beds = v.get("beds");
        return beds == null || beds.isBlank() ? null : Integer.valueOf(beds.strip());
    }

    private static Set<RegulatedActivity> activities(String codes) {
        return Arrays.stream(codes.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .map(RegulatedActivity::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RegulatedActivity.class)));
    }

    /**
     * The day a change the provider asked for from a date takes effect on the register: that date when it has
     * passed, otherwise the day of the decision (the register never shows a change before it is decided).
     */
    private static LocalDate onOrBefore(String date, LocalDate today) {
        LocalDate asked = date == null || date.isBlank() ? today : LocalDate.parse(date.strip());
        return asked.isAfter(today) ? today : asked;
    }

    /**
     * The day a granted change takes effect on the register. A removal or cancellation asked for from a later date
     * waits for it (the register keeps the activity, location, manager or partner until then); one from a past date
     * takes effect now, recorded as from that date. Additions take effect on the day of the decision: a provider
     * must be registered before it starts, so the register shows them from the grant.
     */
    public LocalDate takesEffectOn(RegistrationApplication a, LocalDate today) {
        String field = switch (a.type()) {
            case REMOVE_LOCATION, REMOVE_ACTIVITY, CANCEL_ACTIVITY, CANCEL_ALL, CANCEL_MANAGER -> "endDate";
            case REMOVE_PARTNER -> "fromDate";
            default -> null;
        };
        String asked = field == null ? null : a.answer(field);
        if (asked == null || asked.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(asked.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ValidationFailure.of(field, "The date in the application is not a valid date: " + asked.strip());
        }
    }

    /** Refuses, at the grant, a change for a later date that the register could not take as it stands. */
    public void checkDeferred(RegistrationApplication a) {
        try {
            switch (a.type()) {
                case REMOVE_ACTIVITY, CANCEL_ACTIVITY -> changes.checkRemovable(a.locationId(),
                        RegulatedActivity.valueOf(a.answer("activity")));
                case REMOVE_LOCATION, CANCEL_MANAGER -> changes.checkRemovable(a.locationId(), null);
                default -> { }
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationFailure.of("application", "The application's answers no longer fit the register: "
                    + e.getMessage());
        }
    }

    public Applied apply(RegistrationApplication a, LocalDate today) {
        Map<String, String> v = a.answers();
        String because = "Application " + a.reference() + " granted";
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Application", a.reference());
        facts.put("Type of application", a.type().label());
        try {
            return switch (a.type()) {
                case NEW_PROVIDER -> newProvider(a, v, facts, today, because);
                case ADD_LOCATION -> {
                    Set<RegulatedActivity> activities = Arrays.stream(v.get("activities").split(","))
                            .map(String::strip).map(RegulatedActivity::valueOf)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(RegulatedActivity.class)));
                    String id = changes.addLocation(a.providerId(), new RegisterChanges.NewLocation(v.get("name"),
                            v.get("addressLine1"), v.get("addressLine2"), v.get("townCity"), v.get("postcode"),
                            Region.valueOf(v.get("region")), v.get("localAuthority"),
                            EnumSet.of(ServiceType.valueOf(v.get("serviceType"))),
                            beds(v), activities,
                            v.get("managerName"), v.get("managerEmail")), today, because);
                    facts.put("Location", v.get("name") + " (" + id + ")");
                    facts.put("Regulated activities", activities.stream().map(RegulatedActivity::label)
                            .collect(Collectors.joining("; ")));
                    facts.put("Registered manager", v.get("managerName"));
                    yield new Applied(facts, id, id);
                }
                case ADD_ACTIVITY -> {
                    RegulatedActivity act = RegulatedActivity.valueOf(v.get("activity"));
                    changes.addActivity(a.locationId(), act, today, v.get("managerName"), because);
                    facts.put("Location", a.locationId());
                    facts.put("Regulated activity added", act.label());
                    yield new Applied(facts, null, a.locationId());
                }
                case REMOVE_ACTIVITY, CANCEL_ACTIVITY -> {
                    RegulatedActivity act = RegulatedActivity.valueOf(v.get("activity"));
                    changes.removeActivity(a.locationId(), act, onOrBefore(v.get("endDate"), today), because);
                    facts.put("Location", a.locationId());
                    facts.put("Regulated activity removed", act.label());
                    yield new Applied(facts, null, a.locationId());
                }
                case REMOVE_LOCATION -> {
                    changes.removeLocation(a.locationId(), LocalDate.parse(v.get("endDate")), because);
                    facts.put("Location removed", a.locationId());
                    yield new Applied(facts, null, a.locationId());
                }
                case CANCEL_ALL -> {
                    int n = changes.cancelAll(a.providerId(), LocalDate.parse(v.get("endDate")), because);
                    facts.put("Locations deregistered", String.valueOf(n));
                    yield new Applied(facts, null, null);
                }
                case VARY_CONDITION -> {
                    long old = Long.parseLong(v.get("conditionId"));
                    changes.removeCondition(a.providerId(), old, today, because);
                    long id = changes.imposeCondition(a.providerId(), null, v.get("newText"), today, because);
                    facts.put("Condition varied", "now reads: " + v.get("newText") + " (" + id + ")");
                    yield new Applied(facts, null, null);
                }
                case REMOVE_CONDITION -> {
                    changes.removeCondition(a.providerId(), Long.parseLong(v.get("conditionId")), today, because);
                    facts.put("Condition removed", v.get("conditionId"));
                    yield new Applied(facts, null, null);
                }
                case ADD_PARTNER -> {
                    peopleChanges.addPartner(a.providerId(), v.get("givenName"), v.get("familyName"), v.get("email"),
                            today, because);
                    facts.put("Partner added", v.get("givenName") + " " + v.get("familyName"));
                    yield new Applied(facts, null, null);
                }
                case REMOVE_PARTNER -> {
                    peopleChanges.removePartner(a.providerId(), v.get("partnerName"),
                            onOrBefore(v.get("fromDate"), today), because);
                    facts.put("Partner leaving", v.get("partnerName").strip());
                    yield new Applied(facts, null, null);
                }
                case CANCEL_MANAGER -> {
                    peopleChanges.cancelManager(a.locationId(), v.get("managerName"),
                            onOrBefore(v.get("endDate"), today), because);
                    facts.put("Location", a.locationId());
                    facts.put("Registration cancelled", v.get("managerName").strip());
                    yield new Applied(facts, null, a.locationId());
                }
                case NEW_MANAGER -> {
                    Set<RegulatedActivity> managed = activities(v.get("activities"));
                    String name = peopleChanges.registerManager(a.locationId(), new RegisterPeopleChanges.NewManager(
                            v.get("givenName"), v.get("familyName"), v.get("email"), v.get("phone"), managed),
                            today, because);
                    facts.put("Location", a.locationId());
                    facts.put("Registered manager", name);
                    facts.put("Regulated activities managed", managed.stream().map(RegulatedActivity::label)
                            .collect(Collectors.joining("; ")));
                    yield new Applied(facts, null, a.locationId());
                }
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationFailure.of("application", "The application's answers no longer fit the register: "
                    + e.getMessage());
        }
    }
}
