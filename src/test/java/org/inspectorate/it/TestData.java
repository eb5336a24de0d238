package org.inspectorate.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.inspectorate.registry.domain.Address;
import org.inspectorate.registry.domain.Location;
import org.inspectorate.registry.domain.Provider;
import org.inspectorate.registry.domain.ProviderType;
import org.inspectorate.registry.domain.Region;
import org.inspectorate.registry.domain.RegulatedActivity;
import org.inspectorate.registry.domain.ServiceType;
import org.inspectorate.registry.domain.Specialism;

/**
 * Fixtures for tests that run inside the server: each call creates new rows with fresh ids, so tests
 * sharing the test database never see each other's data.
 */
@ApplicationScoped
public class TestData {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public record Ids(String providerId, String locationId) {
    }

    public static String freshId() {
        return "1-9" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    @Transactional
    public Ids careHome(String name) {
        Provider p = new Provider(freshId(), name + " Ltd", ProviderType.ORGANISATION,
                new Address("1 Test Street", null, "Leeds", null, "LS1 4AB"), Region.YORKSHIRE_AND_THE_HUMBER, "Leeds",
                LocalDate.of(2020, 1, 1));
        em.persist(p);
        Location l = new Location(freshId(), p, name, new Address("2 Test Street", null, "Leeds", null, "LS1 4AB"),
                Region.YORKSHIRE_AND_THE_HUMBER, "Leeds", LocalDate.of(2020, 2, 1));
        l.describeService(Set.of(ServiceType.CARE_HOME_WITHOUT_NURSING), Set.of(Specialism.DEMENTIA), 30);
        l.registerActivity(RegulatedActivity.ACCOMMODATION_NURSING_PERSONAL_CARE, LocalDate.of(2020, 2, 1));
        em.persist(l);
        return new Ids(p.id(), l.id());
    }
}
