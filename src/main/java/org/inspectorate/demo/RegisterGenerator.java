package org.inspectorate.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import org.inspectorate.demo.Places.Place;
import org.inspectorate.registry.domain.Address;
import org.inspectorate.registry.domain.Location;
import org.inspectorate.registry.domain.ManagerRegistration;
import org.inspectorate.registry.domain.Person;
import org.inspectorate.registry.domain.Provider;
import org.inspectorate.registry.domain.ProviderType;
import org.inspectorate.registry.domain.RegistrationCondition;
import org.inspectorate.registry.domain.Specialism;

/**
 * Generates a synthetic but realistic register: mostly single-location providers, some chains, a mix of
 * care homes, home care, GP and dental practices and other services across all nine regions. The same
 * seed and size always give exactly the same register, ids included.
 */
public final class RegisterGenerator implements Iterator<GeneratedProvider> {

    /** The first two providers are fixed-size chains that the demo provider accounts belong to. */
    public static final int DEMO_CHAIN_SIZE = 6;

    private static final LocalDate FIRST_REGISTRATION = LocalDate.of(2010, 10, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(2026, 10, 31);
    private static final int REGISTRATION_DAYS = 5700;
    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private final Random random;
    private final int targetLocations;
    private int providersMade;
    private int locationsMade;
    private int peopleMade;

    public RegisterGenerator(long seed, int targetLocations) {
        this.random = new Random(seed);
        this.targetLocations = targetLocations;
    }

    public static String providerId(int index) {
        return String.format(Locale.ROOT, "1-1%08d", (index * 7919L + 1_234_567L) % 100_000_000L);
    }

    public static String locationId(int index) {
        return String.format(Locale.ROOT, "1-5%08d", (index * 104_729L + 7_654_321L) % 100_000_000L);
    }

    @Override
    public boolean hasNext() {
        return locationsMade < targetLocations;
    }

    @Override
    public GeneratedProvider next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int size = Math.min(chainSize(), targetLocations - locationsMade);
        ServiceProfile profile = pickProfile();
        ProviderType type = size > 1 ? (profile == ServiceProfile.GP || profile == ServiceProfile.DENTAL)
                && random.nextInt(3) == 0 ? ProviderType.PARTNERSHIP : ProviderType.ORGANISATION : pickType(profile);
        Place home = pick(Places.ALL);
        List<Person> people = new ArrayList<>();
        String name = providerName(type, profile);
        LocalDate registered = FIRST_REGISTRATION.plusDays(random.nextInt(REGISTRATION_DAYS));
        Provider provider = new Provider(providerId(providersMade), name, type, address(home), home.region(),
                home.localAuthority(), registered);
        String slug = slug(name);
        provider.setContact(phone(), "https://www." + slug + ".example", "info@" + slug + ".example");
        if (type == ProviderType.ORGANISATION) {
            provider.setIdentifiers(String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000)),
                    random.nextInt(8) == 0 ? String.valueOf(1_000_000 + random.nextInt(199_999)) : null);
            Person ni = person(slug);
            people.add(ni);
            provider.appointNominatedIndividual(ni);
        } else if (type == ProviderType.PARTNERSHIP) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
                Person partner = person(slug);
                // Two partners of one partnership with the same name would be one person on the register.
                while (!names.add(partner.givenName() + " " + partner.familyName())) {
                    partner = person(slug);
                }
                people.add(partner);
                provider.addPartner(partner);
            }
        }
        List<Location> locations = new ArrayList<>();
        List<RegistrationCondition> conditions = new ArrayList<>();
        List<ManagerRegistration> managers = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ServiceProfile p = random.nextInt(5) == 0 ? pickProfile() : profile;
            Place place = random.nextInt(10) < 7 ? nearby(home) : pick(Places.ALL);
            LocalDate from = registered.plusDays(random.nextInt(900));
            if (from.isAfter(LAST_DATE)) {
                from = registered;
            }
            Location location = location(provider, p, place, from, people, slug, conditions, managers);
            locations.add(location);
        }
        if (type != ProviderType.INDIVIDUAL) {
            conditions.add(new RegistrationCondition(provider.id(), null,
                    "The registered provider must ensure that the regulated activities are managed by an individual"
                            + " who is registered as a manager in respect of those activities.", registered));
        }
        providersMade++;
        return new GeneratedProvider(provider, locations, people, conditions, managers);
    }

    private Location location(Provider provider, ServiceProfile profile, Place place, LocalDate from,
            List<Person> people, String slug, List<RegistrationCondition> conditions,
            List<ManagerRegistration> managers) {
        String name = locationName(profile, place);
        Location l = new Location(locationId(locationsMade++), provider, name, address(place), place.region(),
                place.localAuthority(), from);
        l.setContact(phone(), random.nextBoolean() ? "https://www." + slug + ".example/" + slug(name) : null);
        Integer beds = profile.careHome ? 8 + random.nextInt(profile == ServiceProfile.NURSING_HOME ? 110 : 70) : null;
        l.describeService(Set.of(profile.serviceType), specialisms(profile), beds);
        Person manager = person(slug);
        people.add(manager);
        for (var activity : profile.activities) {
            if (activity == org.inspectorate.registry.domain.RegulatedActivity.SURGICAL_PROCEDURES
                    && profile == ServiceProfile.GP && random.nextBoolean()) {
                continue;
            }
            l.registerActivity(activity, from);
        }
        ManagerRegistration registration = l.managers(List.of()).register(manager, Set.of(), from);
        managers.add(registration);
        if (beds != null) {
            conditions.add(new RegistrationCondition(provider.id(), l.id(),
                    "The maximum number of service users who can be accommodated at " + name + " is " + beds + ".",
                    from));
        }
        int fate = random.nextInt(100);
        if (fate < 3) {
            l.markDormant(true);
        } else if (fate < 8) {
            LocalDate off = from.plusDays(200 + random.nextInt(1500));
            l.deregister(off.isAfter(LAST_DATE) ? LAST_DATE : off);
            registration.cancel(l.deregistrationDate());
        }
        return l;
    }

    private Set<Specialism> specialisms(ServiceProfile profile) {
        List<Specialism> pool = profile.socialCare() ? ServiceProfile.SOCIAL_CARE_SPECIALISMS
                : ServiceProfile.HEALTH_SPECIALISMS;
        Set<Specialism> chosen = EnumSet.noneOf(Specialism.class);
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            chosen.add(pick(pool));
        }
        return chosen;
    }

    private int chainSize() {
        if (providersMade < 2) {
            return DEMO_CHAIN_SIZE;
        }
        int r = random.nextInt(100);
        if (r < 70) {
            return 1;
        }
        if (r < 90) {
            return 2 + random.nextInt(4);
        }
        if (r < 98) {
            return 6 + random.nextInt(15);
        }
        return 21 + random.nextInt(40);
    }

    private ServiceProfile pickProfile() {
        int r = random.nextInt(100);
        for (ServiceProfile p : ServiceProfile.values()) {
            r -= p.weight;
            if (r < 0) {
                return p;
            }
        }
        return ServiceProfile.CARE_HOME;
    }

    private ProviderType pickType(ServiceProfile profile) {
        int r = random.nextInt(100);
        if (r < 15 && (profile == ServiceProfile.HOME_CARE || profile == ServiceProfile.DENTAL
                || profile == ServiceProfile.CARE_HOME)) {
            return ProviderType.INDIVIDUAL;
        }
        if (r < 40 && (profile == ServiceProfile.GP || profile == ServiceProfile.DENTAL)) {
            return ProviderType.PARTNERSHIP;
        }
        return ProviderType.ORGANISATION;
    }

    private String providerName(ProviderType type, ServiceProfile profile) {
        return switch (type) {
            case INDIVIDUAL -> (profile == ServiceProfile.DENTAL ? "Dr " : "") + pick(Names.GIVEN) + " "
                    + pick(Names.FAMILY);
            case PARTNERSHIP -> (profile == ServiceProfile.GP || profile == ServiceProfile.DENTAL ? "Drs " : "")
                    + pick(Names.FAMILY) + ", " + pick(Names.FAMILY) + " and " + pick(Names.FAMILY);
            case ORGANISATION -> switch (random.nextInt(4)) {
                case 0 -> pick(Names.BRANDS) + " Care Limited";
                case 1 -> pick(Names.BRANDS) + " Healthcare Ltd";
                case 2 -> pick(Names.FAMILY) + " Homes Ltd";
                default -> pick(Names.BRANDS) + " " + pick(Names.HOUSES) + " Group Ltd";
            };
        };
    }

    private String locationName(ServiceProfile profile, Place place) {
        return switch (profile) {
            case CARE_HOME -> String.format(profile.namePattern, pick(Names.HOUSES), pick(Names.HOUSE_KINDS));
            case HOME_CARE -> String.format(profile.namePattern, pick(Names.BRANDS), place.town());
            case GP -> random.nextBoolean() ? pick(Names.STREETS).split(" ")[0] + " Road Surgery"
                    : pick(Names.HOUSES) + " Medical Centre";
            case HOSPITAL -> random.nextBoolean() ? place.town() + " General Hospital"
                    : pick(Names.HOUSES) + " Private Hospital";
            case COMMUNITY, DIAGNOSTIC -> String.format(profile.namePattern, place.town());
            case AMBULANCE, REMOTE -> String.format(profile.namePattern, pick(Names.BRANDS));
            default -> String.format(profile.namePattern, pick(Names.HOUSES));
        };
    }

    private Address address(Place place) {
        String line1 = (1 + random.nextInt(240)) + " " + pick(Names.STREETS);
        String postcode = place.postcodeArea() + (1 + random.nextInt(place.postcodeArea().length() == 1 ? 40 : 20))
                + " " + random.nextInt(10) + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()))
                + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()));
        return new Address(line1, null, place.town(), place.county(), postcode);
    }

    private Place nearby(Place home) {
        List<Place> same = Places.ALL.stream().filter(p -> p.region() == home.region()).toList();
        return pick(same);
    }

    private Person person(String domain) {
        String given = pick(Names.GIVEN);
        String family = pick(Names.FAMILY);
        peopleMade++;
        String email = (given + "." + family.replace("'", "") + peopleMade).toLowerCase(Locale.ROOT) + "@" + domain
                + ".example";
        return new Person(pick(Names.TITLES), given, family, email, phone());
    }

    private String phone() {
        return String.format(Locale.ROOT, "01632 960%03d", random.nextInt(1000));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > 40 ? s.substring(0, 40).replaceAll("-$", "") : s;
    }
}
