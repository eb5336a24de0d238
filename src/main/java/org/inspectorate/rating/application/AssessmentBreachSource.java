package org.inspectorate.rating.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inspectorate.assessment.application.AssessmentQueries;
import org.inspectorate.assessment.application.FrameworkCatalogue;
import org.inspectorate.assessment.domain.Framework;

/** Breaches of regulations found in each location's latest approved assessment, against a quality statement. */
@ApplicationScoped
public class AssessmentBreachSource implements BreachSource {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern(
            "d MMMM yyyy", java.util.Locale.UK);

    @Inject
    AssessmentQueries assessments;

    @Inject
    FrameworkCatalogue catalogue;

    @Override
    public List<ActiveBreach> activeBreaches(String locationId) {
        return activeBreaches(List.of(locationId)).getOrDefault(locationId, List.of());
    }

    @Override
    public Map<String, List<ActiveBreach>> activeBreaches(Collection<String> locationIds) {
        Framework f = catalogue.framework(catalogue.current().frameworkCode());
        Map<String, List<ActiveBreach>> out = new HashMap<>();
        assessments.breachesOfLatestApproved(List.copyOf(locationIds)).forEach((location, rows) -> {
            List<ActiveBreach> list = new ArrayList<>();
            for (String[] r : rows) {
                String kq = f.statement(r[0]).map(Framework.Statement::keyQuestion).orElse(null);
                list.add(new ActiveBreach("found in the assessment of " + dates(LocalDate.parse(r[4]),
                        LocalDate.parse(r[5])), r[1], kq, r[2], LocalDate.parse(r[3])));
            }
            out.put(location, list);
        });
        return out;
    }

    /** The assessment's own dates, as the explanation names it: "3 to 5 November 2026", or one day. */
    static String dates(LocalDate from, LocalDate to) {
        return from.equals(to) ? DAY.format(to) : DAY.format(from) + " to " + DAY.format(to);
    }

}
