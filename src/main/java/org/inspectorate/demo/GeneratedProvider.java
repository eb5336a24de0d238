package org.inspectorate.demo;

import java.util.List;
import org.inspectorate.registry.domain.Location;
import org.inspectorate.registry.domain.ManagerRegistration;
import org.inspectorate.registry.domain.Person;
import org.inspectorate.registry.domain.Provider;
import org.inspectorate.registry.domain.RegistrationCondition;

/** A generated provider with everything that belongs to it, in the order it must be stored. */
record GeneratedProvider(Provider provider, List<Location> locations, List<Person> people,
        List<RegistrationCondition> conditions, List<ManagerRegistration> managers) {
}
