package org.inspectorate.registration.domain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.registry.domain.RegulatedActivity;
import org.inspectorate.registry.domain.ServiceType;

/**
 * The task list of every application type, as data: its sections, their questions and the documents each
 * asks for. Screens, API and checks are all driven from here, so a new type is a new entry.
 */
public final class ApplicationCatalogue {

    public static final List<Field.Option> ACTIVITIES = Arrays.stream(RegulatedActivity.values())
            .map(a -> new Field.Option(a.name(), a.label())).toList();
    public static final List<Field.Option> REGIONS = Arrays.stream(Region.values())
            .map(r -> new Field.Option(r.name(), r.label())).toList();
    public static final List<Field.Option> SERVICE_TYPES = Arrays.stream(ServiceType.values())
            .map(s -> new Field.Option(s.name(), s.label())).toList();

    private static final Map<ApplicationType, List<Section>> SECTIONS = new EnumMap<>(ApplicationType.class);

    private ApplicationCatalogue() {
    }

    private static Field date(String name, String label, String hint) {
        return new Field(name, label, hint, Field.Kind.DATE, true, 10, null, null);
    }

    private static Field choice(String name, String label, List<Field.Option> options) {
        return new Field(name, label, null, Field.Kind.CHOICE, true, 60, options, null);
    }

    private static Field location(String label) {
        return new Field("locationId", label, null, Field.Kind.LOCATION, true, 12, null, null);
    }

    private static Section provider() {
        return new Section("provider", "Check your organisation's details", List.of(
                Field.text("providerName", "Registered name of the provider", true).prefilledFrom("provider.name"),
                Field.text("providerAddress", "Registered address", true).prefilledFrom("provider.address"),
                Field.text("contactName", "Who should we contact about this application?", true)
                        .prefilledFrom("provider.nominatedIndividual"),
                new Field("contactEmail", "Their email address", null, Field.Kind.EMAIL, true, 254, null,
                        "caller.email")), null);
    }

    private static Section how() {
        return new Section("how", "How the service will be safe, effective, caring, responsive and well-led",
                List.of(Field.longText("howSafe", "How will people be kept safe?", null, true),
                        Field.longText("howWellLed", "How will the service be well-led?", null, true)), null);
    }

    private static Section documents() {
        return new Section("documents", "Upload documents", List.of(),
                List.of(DocumentKind.STATEMENT_OF_PURPOSE, DocumentKind.SAFEGUARDING_POLICY));
    }

    private static Section change(String key, String title, Field... fields) {
        return new Section(key, title, List.of(fields), null);
    }

    /** Asked of every new location; a care home must answer it and other services leave it empty (AnswerChecks). */
    private static Field beds() {
        return new Field("beds", "Number of beds (care homes only)", "Leave empty if the service is not a care home",
                Field.Kind.NUMBER, false, 4, null, null);
    }

    private static Field reason() {
        return Field.longText("reason", "Why are you applying?", null, true);
    }

    private static Field arrangements() {
        return Field.longText("arrangements", "What arrangements are in place for the people who use the service?",
                null, true);
    }

    static {
        SECTIONS.put(ApplicationType.ADD_LOCATION, List.of(provider(),
                change("location", "The new location",
                        Field.text("name", "Name of the location", true),
                        Field.text("addressLine1", "Address line 1", true),
                        Field.text("addressLine2", "Address line 2 (optional)", false),
                        Field.text("townCity", "Town or city", true),
                        new Field("postcode", "Postcode", null, Field.Kind.POSTCODE, true, 10, null, null),
                        choice("region", "Region", REGIONS),
                        Field.text("localAuthority", "Local authority", true)),
                change("services", "Regulated activities and services",
                        new Field("activities", "Regulated activities at this location", "Choose all that apply",
                                Field.Kind.MULTI_CHOICE, true, 2000, ACTIVITIES, null),
                        choice("serviceType", "Type of service", SERVICE_TYPES),
                        beds(),
                        date("startDate", "When will you start providing the activities?", "For example, 27 3 2027")),
                change("manager", "Registered manager",
                        Field.text("managerName", "Name of the registered manager", true),
                        new Field("managerEmail", "Their email address", null, Field.Kind.EMAIL, true, 254, null, null)),
                how(), documents()));
        SECTIONS.put(ApplicationType.ADD_ACTIVITY, List.of(provider(),
                change("activity", "The regulated activity",
                        location("At which location?"),
                        choice("activity", "Regulated activity to add", ACTIVITIES),
                        date("startDate", "When will you start providing it?", null),
                        Field.text("managerName", "Registered manager for this activity", true)),
                how(), documents()));
        SECTIONS.put(ApplicationType.REMOVE_LOCATION, List.of(provider(),
                change("location", "The location to remove", location("Which location?"),
                        date("endDate", "From what date?", null), reason(), arrangements())));
        SECTIONS.put(ApplicationType.REMOVE_ACTIVITY, List.of(provider(),
                change("activity", "The regulated activity to remove", location("At which location?"),
                        choice("activity", "Regulated activity to remove", ACTIVITIES),
                        date("endDate", "From what date?", null), reason())));
        SECTIONS.put(ApplicationType.VARY_CONDITION, List.of(provider(),
                change("condition", "The condition",
                        new Field("conditionId", "Which condition?", null, Field.Kind.CONDITION, true, 20, null, null),
                        Field.longText("newText", "What should the condition say?", null, true), reason())));
        SECTIONS.put(ApplicationType.REMOVE_CONDITION, List.of(provider(),
                change("condition", "The condition",
                        new Field("conditionId", "Which condition?", null, Field.Kind.CONDITION, true, 20, null, null),
                        reason())));
        SECTIONS.put(ApplicationType.ADD_PARTNER, List.of(provider(),
                change("partner", "The new partner", Field.text("givenName", "Given name", true),
                        Field.text("familyName", "Family name", true),
                        new Field("email", "Email address", null, Field.Kind.EMAIL, true, 254, null, null),
                        date("fromDate", "From what date?", null))));
        SECTIONS.put(ApplicationType.REMOVE_PARTNER, List.of(provider(),
                change("partner", "The partner leaving", new Field("partnerName", "The partner leaving",
                        "The partners on the register now", Field.Kind.PARTNER, true, 200, null, null),
                        date("fromDate", "From what date?", null), reason())));
        SECTIONS.put(ApplicationType.CANCEL_ACTIVITY, List.of(provider(),
                change("cancel", "Cancelling one regulated activity", location("At which location?"),
                        choice("activity", "Regulated activity", ACTIVITIES), date("endDate", "From what date?", null),
                        reason(), arrangements())));
        SECTIONS.put(ApplicationType.CANCEL_ALL, List.of(provider(),
                change("cancel", "Cancelling your registration", date("endDate", "From what date?", null),
                        reason(), arrangements())));
        SECTIONS.put(ApplicationType.CANCEL_MANAGER, List.of(provider(),
                change("manager", "The registered manager", location("At which location?"),
                        new Field("managerName", "The registered manager", "The managers registered there now",
                                Field.Kind.MANAGER, true, 200, null, null),
                        date("endDate", "From what date?", null), reason())));
        SECTIONS.put(ApplicationType.NEW_MANAGER, List.of(provider(),
                change("manager", "About the manager", Field.text("givenName", "Given name", true),
                        Field.text("familyName", "Family name", true),
                        new Field("email", "Email address", null, Field.Kind.EMAIL, true, 254, null, null),
                        Field.text("phone", "Phone number", true)),
                change("role", "What they will manage", location("At which location?"),
                        new Field("activities", "Regulated activities they will manage", "Choose all that apply",
                                Field.Kind.MULTI_CHOICE, true, 2000, ACTIVITIES, null)),
                change("fitness", "Fitness to manage",
                        Field.longText("qualifications", "Qualifications", null, true),
                        Field.longText("experience", "Experience of managing care", null, true),
                        Field.text("dbsNumber", "DBS certificate number", true))));
        SECTIONS.put(ApplicationType.NEW_PROVIDER, newProvider());
    }

    /** A new provider's task list (the partners section applies to partnerships only: see NewProviderChecks). */
    private static List<Section> newProvider() {
        Field email = new Field("email", "Email address", "We will send letters about the application here",
                Field.Kind.EMAIL, true, 254, null, null);
        return List.of(
                change("provider", "Provider details",
                        Field.text("providerName", "Legal name of the provider", true),
                        choice("providerType", "Type of provider", Arrays.stream(
                                org.inspectorate.registry.domain.ProviderType.values())
                                .map(t -> new Field.Option(t.name(), t.label())).toList()),
                        Field.text("companiesHouseNumber", "Companies House number (organisations only)", false),
                        Field.text("addressLine1", "Address line 1", true),
                        Field.text("townCity", "Town or city", true),
                        new Field("postcode", "Postcode", null, Field.Kind.POSTCODE, true, 10, null, null),
                        choice("region", "Region", REGIONS),
                        Field.text("localAuthority", "Local authority", true),
                        Field.text("phone", "Phone number", true)),
                change("nominated", "Nominated individual (for an individual: your own details)",
                        Field.text("givenName", "Given name", true), Field.text("familyName", "Family name", true),
                        email),
                change("partners", "Partners (partnerships only)",
                        Field.text("partner1Name", "First partner's full name", false),
                        new Field("partner1Email", "First partner's email address", null, Field.Kind.EMAIL, false,
                                254, null, null),
                        Field.text("partner2Name", "Second partner's full name", false),
                        new Field("partner2Email", "Second partner's email address", null, Field.Kind.EMAIL, false,
                                254, null, null)),
                change("location", "The first location",
                        Field.text("name", "Name of the location", true),
                        Field.text("locationAddressLine1", "Address line 1", true),
                        Field.text("locationTownCity", "Town or city", true),
                        new Field("locationPostcode", "Postcode", null, Field.Kind.POSTCODE, true, 10, null, null),
                        choice("locationRegion", "Region", REGIONS),
                        Field.text("locationLocalAuthority", "Local authority", true),
                        choice("serviceType", "Type of service", SERVICE_TYPES),
                        beds(),
                        new Field("activities", "Regulated activities at this location", "Choose all that apply",
                                Field.Kind.MULTI_CHOICE, true, 2000, ACTIVITIES, null)),
                change("manager", "Registered manager",
                        Field.text("managerName", "Name of the registered manager", true),
                        new Field("managerEmail", "Their email address", null, Field.Kind.EMAIL, true, 254, null,
                                null)),
                how(),
                new Section("documents", "Statement of purpose and policies", List.of(),
                        List.of(DocumentKind.STATEMENT_OF_PURPOSE, DocumentKind.SAFEGUARDING_POLICY)));
    }

    public static List<Section> sections(ApplicationType type) {
        return SECTIONS.get(type);
    }

    public static Section section(ApplicationType type, String key) {
        return sections(type).stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }
}
