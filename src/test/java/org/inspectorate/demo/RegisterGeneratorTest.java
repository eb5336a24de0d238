package org.inspectorate.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inspectorate.registry.domain.Location;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.registry.domain.Postcode;
import org.inspectorate.registry.domain.Region;
import org.junit.jupiter.api.Test;

class RegisterGeneratorTest {

    private static List<GeneratedProvider> generate(long seed, int locations) {
        List<GeneratedProvider> all = new ArrayList<>();
        new RegisterGenerator(seed, locations).forEachRemaining(all::add);
        return all;
    }

    /** The benchmarks' register (60,000 locations, default seed) keeps the register's own rules, such as partners. */
    @Test
    void theBenchmarkRegisterIsValid() {
        assertEquals(60_000, generate(20261123L, 60_000).stream().mapToInt(g -> g.locations().size()).sum());
    }

    @Test
    void makesExactlyTheLocationsAskedFor() {
        assertEquals(2500, generate(1, 2500).stream().mapToInt(g -> g.locations().size()).sum());
    }

    @Test
    void theSameSeedGivesTheSameRegister() {
        List<String> a = generate(42, 500).stream().flatMap(g -> g.locations().stream())
                .map(l -> l.id() + l.name() + l.address().postcode()).toList();
        List<String> b = generate(42, 500).stream().flatMap(g -> g.locations().stream())
                .map(l -> l.id() + l.name() + l.address().postcode()).toList();
        assertEquals(a, b);
    }

    @Test
    void idsAreUniqueAndWellFormedAndPostcodesReal() {
        Set<String> ids = new HashSet<>();
        Set<Region> regions = new HashSet<>();
        for (GeneratedProvider g : generate(7, 5000)) {
            assertTrue(OrganisationId.isValid(g.provider().id()));
            assertTrue(ids.add(g.provider().id()));
            for (Location l : g.locations()) {
                assertTrue(OrganisationId.isValid(l.id()), l.id());
                assertTrue(ids.add(l.id()), "duplicate " + l.id());
                assertTrue(Postcode.isValid(l.address().postcode()), l.address().postcode());
                assertTrue(!l.activities().isEmpty());
                regions.add(l.region());
            }
        }
        assertEquals(Region.values().length, regions.size());
    }

    @Test
    void theDemoProvidersAreChains() {
        List<GeneratedProvider> all = generate(3, 100);
        assertEquals(RegisterGenerator.DEMO_CHAIN_SIZE, all.get(0).locations().size());
        assertEquals(RegisterGenerator.DEMO_CHAIN_SIZE, all.get(1).locations().size());
        assertEquals(RegisterGenerator.providerId(0), all.get(0).provider().id());
    }
}
