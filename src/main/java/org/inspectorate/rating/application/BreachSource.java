package org.inspectorate.rating.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the rating limiters learn of breaches of regulations. Every CDI bean implementing this interface is
 * consulted (gathered with {@code @Inject @Any Instance<BreachSource>}) whenever ratings are published or
 * recomputed; the breaches of all sources are combined. A breach limits the key question it names to Requires
 * improvement, and the overall rating to Requires improvement, when the methodology version says so.
 *
 * <p>Implementations: {@link AssessmentBreachSource} (breaches found in the location's latest approved assessment).
 * Enforcement adds its own. Contract for implementers: be an {@code @ApplicationScoped} bean; answer from committed
 * data plus the current transaction; do not depend on who the caller is (the recompute job runs with no request);
 * return an empty list, never null. Override the batch method when one query can answer for many locations: the
 * recompute job asks for thousands at a time.
 */
public interface BreachSource {

    /** The breaches in force at the location now. */
    List<ActiveBreach> activeBreaches(String locationId);

    /** The breaches in force at each of these locations, keyed by location id (locations with none may be absent). */
    default Map<String, List<ActiveBreach>> activeBreaches(Collection<String> locationIds) {
        Map<String, List<ActiveBreach>> all = new HashMap<>();
        for (String id : locationIds) {
            List<ActiveBreach> found = activeBreaches(id);
            if (!found.isEmpty()) {
                all.put(id, found);
            }
        }
        return all;
    }
}
