package org.inspectorate.rating.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Works out one quality statement's score under the methodology's scoring method, saying how. */
final class StatementScoring {

    private StatementScoring() {
    }

    static StatementResult score(StatementInput in, RatingRules rules) {
        boolean useCategories = !in.categories().isEmpty()
                && (rules.method() == ScoringMethod.CATEGORY_SCORES || in.score() == null);
        // Carried forward, and how old, is said of the rows the score is worked out from, never of rows left unused
        // (after a change of method, a statement's new score sits beside category rows carried from before).
        boolean carried = useCategories ? in.categories().stream().allMatch(CategoryScore::carriedForward)
                : in.score() != null && in.carriedForward();
        LocalDate date = useCategories ? newestCategoryEvidence(in) : in.evidenceDate();
        String carriedNote = carried ? " Carried forward from an earlier assessment (evidence of " + date + ")." : "";
        if (useCategories) {
            List<Integer> scores = in.categories().stream().map(CategoryScore::score).toList();
            int sum = scores.stream().mapToInt(Integer::intValue).sum();
            int max = scores.size() * 4;
            int percent = Bands.percent(sum, max);
            Rating band = rules.bands().rating(percent);
            String why = rules.method() == ScoringMethod.QUALITY_STATEMENT_SCORES
                    ? " No score was given for the statement itself, so it is worked out from its evidence categories."
                    : "";
            String rule = "Evidence category scores " + Words.sum(scores) + " = " + sum + " of " + max + " ("
                    + Words.exact(sum, max) + ", rounded to " + percent + "%); " + rules.bands().range(band)
                    + " gives a score of " + band.score() + "." + why + carriedNote;
            return new StatementResult(in.code(), in.name(), in.keyQuestion(), band.score(), percent, in.categories(),
                    carried, date, rule, true);
        }
        if (in.score() != null) {
            String why = rules.method() == ScoringMethod.CATEGORY_SCORES
                    ? " No evidence category was scored, so the score given for the statement is used."
                    : "";
            String rule = "Scored " + in.score() + " (" + meaning(in.score()) + ") by the assessment team." + why
                    + carriedNote;
            // category rows from another assessment than the score's (carried, or new beside a carried score) are
            // not shown beside it
            List<CategoryScore> alongside = in.categories().stream().filter(c -> c.carriedForward() == carried)
                    .toList();
            return new StatementResult(in.code(), in.name(), in.keyQuestion(), in.score(), null, alongside,
                    carried, date, rule, false);
        }
        return new StatementResult(in.code(), in.name(), in.keyQuestion(), null, null, List.of(), false, null,
                "Not scored, so not counted.", false);
    }

    static String meaning(int score) {
        return switch (score) {
            case 4 -> "evidence shows an exceptional standard";
            case 3 -> "evidence shows a good standard";
            case 2 -> "evidence shows some shortfalls";
            default -> "evidence shows significant shortfalls";
        };
    }

    private static LocalDate newestCategoryEvidence(StatementInput in) {
        return in.categories().stream().map(CategoryScore::evidenceDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(in.evidenceDate());
    }
}
