package org.inspectorate.rating.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The breaches of every {@link BreachSource}, combined. */
@ApplicationScoped
public class Breaches {

    @Inject
    @Any
    Instance<BreachSource> sources;

    public Map<String, List<ActiveBreach>> of(Collection<String> locationIds) {
        Map<String, List<ActiveBreach>> all = new HashMap<>();
        for (BreachSource source : sources) {
            source.activeBreaches(locationIds).forEach((location, found) ->
                    all.computeIfAbsent(location, k -> new ArrayList<>()).addAll(found));
        }
        return all;
    }
}
