package org.inspectorate.rating.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectorate.assessment.application.AssessmentSnapshot;
import org.inspectorate.assessment.application.FrameworkCatalogue;
import org.inspectorate.assessment.domain.Framework;
import org.inspectorate.assessment.domain.Methodology;
import org.inspectorate.rating.domain.Bands;
import org.inspectorate.rating.domain.Breach;
import org.inspectorate.rating.domain.CategoryScore;
import org.inspectorate.rating.domain.KeyQuestion;
import org.inspectorate.rating.domain.Override;
import org.inspectorate.rating.domain.Rating;
import org.inspectorate.rating.domain.RatingEngine;
import org.inspectorate.rating.domain.RatingResult;
import org.inspectorate.rating.domain.RatingRules;
import org.inspectorate.rating.domain.ScoringMethod;
import org.inspectorate.rating.domain.StatementInput;

/** Turns an assessment's scores, the breaches in force and a methodology version into the engine's input, and rates. */
@ApplicationScoped
public class RatingCalculator {

    @Inject
    FrameworkCatalogue catalogue;

    public RatingRules rules(String methodologyCode) {
        Methodology m = catalogue.methodology(methodologyCode).orElseThrow();
        return new RatingRules(m.code(), m.name(), ScoringMethod.valueOf(m.scoringMethod()),
                new Bands(m.bandRequiresImprovementFrom(), m.bandGoodFrom(), m.bandOutstandingFrom()),
                m.statementScoreOneLimits(), m.breachLimitsKeyQuestion(), m.breachLimitsOverall(), m.inadequateFrom(),
                m.requiresImprovementFrom(), m.outstandingFrom());
    }

    public RatingResult rate(AssessmentSnapshot s, RatingRules rules, List<Breach> breaches) {
        return rate(s, framework(rules), rules, breaches);
    }

    public Framework framework(RatingRules rules) {
        return catalogue.frameworkOf(rules.methodologyCode());
    }

    /** Pure: safe to call from any thread once the framework is at hand. */
    public static RatingResult rate(AssessmentSnapshot s, Framework f, RatingRules rules, List<Breach> breaches) {
        return RatingEngine.rate(rules, inputs(s, f), breaches, overrides(s));
    }

    public static List<Breach> breaches(List<ActiveBreach> active) {
        return active.stream().map(b -> new Breach(b.source(), b.regulation(),
                b.keyQuestion() == null ? null : KeyQuestion.valueOf(b.keyQuestion()), b.description())).toList();
    }

    static List<StatementInput> inputs(AssessmentSnapshot s, Framework f) {
        Map<String, List<AssessmentSnapshot.ScoreRow>> byStatement = new LinkedHashMap<>();
        for (AssessmentSnapshot.ScoreRow r : s.scores()) {
            byStatement.computeIfAbsent(r.statementCode(), k -> new ArrayList<>()).add(r);
        }
        List<StatementInput> inputs = new ArrayList<>();
        for (Framework.Statement st : f.statements()) {
            List<AssessmentSnapshot.ScoreRow> rows = byStatement.get(st.code());
            if (rows == null) {
                continue;
            }
            Integer direct = null;
            boolean carried = false;
            java.time.LocalDate date = null;
            List<CategoryScore> categories = new ArrayList<>();
            for (AssessmentSnapshot.ScoreRow r : rows) {
                if (r.categoryCode() == null) {
                    direct = r.score();
                    carried = r.carriedForward();
                    date = r.evidenceDate() == null ? s.endsOn() : r.evidenceDate();
                } else {
                    categories.add(new CategoryScore(r.categoryCode(), f.category(r.categoryCode())
                            .map(Framework.Item::name).orElse(r.categoryCode()), r.score(), r.carriedForward(),
                            r.evidenceDate() == null ? s.endsOn() : r.evidenceDate()));
                }
            }
            inputs.add(new StatementInput(st.code(), st.name(), KeyQuestion.valueOf(st.keyQuestion()), direct,
                    categories, carried, date));
        }
        return inputs;
    }

    static List<Override> overrides(AssessmentSnapshot s) {
        return s.overrides().stream().map(o -> new Override(o.keyQuestion() == null ? null
                : KeyQuestion.valueOf(o.keyQuestion()), Rating.valueOf(o.rating()), o.reason(), o.proposedBy(),
                o.approvedBy())).toList();
    }
}
