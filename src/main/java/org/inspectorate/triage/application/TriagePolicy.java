package org.inspectorate.triage.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.inspectorate.triage.domain.CurrentRating;
import org.inspectorate.triage.domain.HarmLevel;
import org.inspectorate.triage.domain.RiskRules;

/**
 * The risk and due-time rules in force: the defaults of {@link RiskRules} with any MicroProfile Config
 * overrides (environment variables such as {@code INSPECTORATE_TRIAGE_RISK_TYPE_SERIOUS_INJURY=40}). Read
 * once at start-up; README.md lists every key.
 */
@ApplicationScoped
public class TriagePolicy {

    static final String PREFIX = "inspectorate.triage.";

    @Inject
    Config config;

    @Inject
    Instance<SourceDetails> sources;

    private RiskRules rules;

    @PostConstruct
    void load() {
        RiskRules d = RiskRules.defaults();
        Map<String, Integer> weights = new HashMap<>();
        Map<String, Duration> due = new HashMap<>();
        for (SourceDetails source : sources) {
            for (String category : source.categories().keySet()) {
                integer("risk.type." + category).ifPresent(w -> weights.put(category, w));
                duration("due." + category).ifPresent(p -> due.put(category, p));
            }
        }
        Map<HarmLevel, Integer> harm = new EnumMap<>(d.harmPoints());
        for (HarmLevel h : HarmLevel.values()) {
            integer("risk.harm." + h.name()).ifPresent(p -> harm.put(h, p));
        }
        Map<CurrentRating, Integer> rating = new EnumMap<>(d.ratingPoints());
        for (CurrentRating r : CurrentRating.values()) {
            integer("risk.rating." + r.name()).ifPresent(p -> rating.put(r, p));
        }
        rules = new RiskRules(weights, harm, rating, integer("risk.rating.NONE").orElse(d.unratedPoints()),
                duration("risk.recent.window").orElse(d.recentWindow()),
                integer("risk.recent.points").orElse(d.recentPoints()),
                integer("risk.recent.cap").orElse(d.recentCap()),
                duration("risk.repeat.window").orElse(d.repeatWindow()),
                integer("risk.repeat.threshold").orElse(d.repeatThreshold()),
                integer("risk.repeat.points").orElse(d.repeatPoints()),
                integer("risk.late.points").orElse(d.latePoints()),
                integer("risk.immediate-danger.points").orElse(d.immediateDangerPoints()), due,
                duration("information-wait").orElse(d.informationWait()));
    }

    public RiskRules rules() {
        return rules;
    }

    private Optional<Integer> integer(String key) {
        return config.getOptionalValue(PREFIX + key, Integer.class);
    }

    /** ISO-8601 durations: P14D, PT24H. */
    private Optional<Duration> duration(String key) {
        return config.getOptionalValue(PREFIX + key, String.class).map(Duration::parse);
    }
}
