package org.inspectorate.planning.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.inspectorate.planning.domain.RiskRules;

/**
 * Planning settings: the risk weights (defaults of {@link RiskRules.Weights}, each overridable, e.g.
 * {@code INSPECTORATE_PLANNING_RISK_INADEQUATE=40}), inspectors' default monthly capacity and how often the risk
 * batch runs. Read once at start-up; README lists every key.
 */
@ApplicationScoped
public class PlanningPolicy {

    static final String PREFIX = "inspectorate.planning.";

    @Inject
    Config config;

    private RiskRules rules;
    private int defaultCapacity;
    private int refreshMinutes;

    @PostConstruct
    void load() {
        RiskRules.Weights d = RiskRules.Weights.defaults();
        rules = new RiskRules(new RiskRules.Weights(w("inadequate", d.inadequate()),
                w("requires-improvement", d.requiresImprovement()), w("good", d.good()), w("outstanding", d.outstanding()),
                w("rating-old", d.ratingOld()), w("rating-very-old", d.ratingVeryOld()),
                w("new-not-assessed", d.newNotAssessed()), w("never-rated", d.neverRated()), w("per-item", d.perItem()),
                w("items-cap", d.itemsCap()), w("per-serious", d.perSerious()), w("serious-cap", d.seriousCap()),
                w("open-case", d.openCase()), w("special-measures", d.specialMeasures()),
                w("reinspection-overdue", d.reinspectionOverdue()), w("safe-inadequate", d.safeInadequate()),
                w("safe-requires-improvement", d.safeRequiresImprovement())));
        defaultCapacity = config.getOptionalValue(PREFIX + "capacity", Integer.class).orElse(8);
        refreshMinutes = config.getOptionalValue(PREFIX + "refresh-minutes", Integer.class).orElse(15);
    }

    private int w(String name, int defaultValue) {
        return config.getOptionalValue(PREFIX + "risk." + name, Integer.class).orElse(defaultValue);
    }

    public RiskRules rules() {
        return rules;
    }

    public int defaultCapacity() {
        return defaultCapacity;
    }

    public int refreshMinutes() {
        return refreshMinutes;
    }
}
