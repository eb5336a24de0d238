package org.inspectorate.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.inspectorate.registration.application.RegisterEffects;
import org.inspectorate.registration.domain.ApplicationType;
import org.inspectorate.registration.domain.RegistrationApplication;
import org.inspectorate.registry.domain.Address;
import org.inspectorate.registry.domain.Person;
import org.inspectorate.registry.domain.Provider;
import org.inspectorate.registry.domain.ProviderType;
import org.inspectorate.registry.domain.Region;

/** Inside the server: a partnership on the register, and granting an application's register effects on it. */
@ApplicationScoped
public class RegisterPeopleFixtures {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    RegisterEffects effects;

    /** A partnership whose partners are the given people (given name and family name each). */
    @Transactional
    public String partnership(String... names) {
        Provider p = new Provider(TestData.freshId(), "Partners " + System.nanoTime(), ProviderType.PARTNERSHIP,
                new Address("1 Test Street", null, "York", null, "YO1 7HH"), Region.YORKSHIRE_AND_THE_HUMBER, "York",
                LocalDate.of(2021, 3, 1));
        for (String name : names) {
            String[] parts = name.split(" ");
            Person person = new Person(null, parts[0], parts[1], parts[0].toLowerCase() + "@partners.example", null);
            em.persist(person);
            p.addPartner(person);
        }
        em.persist(p);
        return p.id();
    }

    /** What granting an application of this type with these answers does to the register, in one transaction. */
    @Transactional
    public RegisterEffects.Applied grant(ApplicationType type, String providerId, Map<String, String> answers) {
        RegistrationApplication a = new RegistrationApplication("REG-T" + System.nanoTime(), type, providerId,
                answers, null, "Test", Instant.now());
        return effects.apply(a, LocalDate.now());
    }
}
