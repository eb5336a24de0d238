package org.inspectorate.rating.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated statement histories, over both scoring methods: a statement score and evidence category rows, each
 * new or carried forward from an earlier assessment with its own evidence date (as after a change of method,
 * a full assessment, a focused one that carried the rest). Whatever the mix, what the result says about its
 * sources must be what it was worked out from: carried forward only when every row used is, the evidence date of
 * the rows used, "Carried forward" in the working exactly when so, and the rows shown beside it from the same
 * assessment as the score.
 */
class StatementProvenanceProperties {

    private static final LocalDate START = LocalDate.of(2022, 1, 1);

    record Row(int score, boolean carried, LocalDate date) {
    }

    @Property(tries = 2000)
    void whatAResultSaysOfItsSourcesIsWhatItUsed(@ForAll("methods") ScoringMethod method,
            @ForAll("statementRows") Row statement, @ForAll("categoryRows") List<Row> categories,
            @ForAll boolean statementScored) {
        RatingRules rules = RatingRules.standard(method == ScoringMethod.CATEGORY_SCORES ? "SAF-2023-11"
                : "SAF-2024-12", method);
        List<CategoryScore> cats = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            Row c = categories.get(i);
            cats.add(new CategoryScore("C" + i, "Category " + i, c.score(), c.carried(), c.date()));
        }
        StatementInput in = new StatementInput("SAFE1", "Learning culture", KeyQuestion.SAFE,
                statementScored ? statement.score() : null, cats, statementScored && statement.carried(),
                statementScored ? statement.date() : null);
        StatementResult r = StatementScoring.score(in, rules);

        boolean usesCategories = !cats.isEmpty() && (method == ScoringMethod.CATEGORY_SCORES || !statementScored);
        if (!usesCategories && !statementScored) {
            assertEquals(null, r.score());
            assertEquals(false, r.carriedForward());
            return;
        }
        boolean carried = usesCategories ? cats.stream().allMatch(CategoryScore::carriedForward) : statement.carried();
        LocalDate date = usesCategories ? cats.stream().map(CategoryScore::evidenceDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElseThrow() : statement.date();
        assertEquals(usesCategories, r.fromCategories(), "which rows the score was worked out from");
        assertEquals(carried, r.carriedForward(), r.rule());
        assertEquals(date, r.evidenceDate(), r.rule());
        assertEquals(carried, r.rule().contains("Carried forward"), r.rule());
        if (carried) {
            assertEquals(true, r.rule().contains("(evidence of " + date + ")"), r.rule());
        }
        if (usesCategories) {
            assertEquals(cats, r.categories(), "every category row used is shown");
        } else {
            assertEquals(true, r.categories().stream().allMatch(c -> c.carriedForward() == carried),
                    "rows shown beside a statement score come from the same assessment as the score");
            assertEquals(statement.score(), r.score());
        }
    }

    @Provide
    Arbitrary<ScoringMethod> methods() {
        return Arbitraries.of(ScoringMethod.values());
    }

    @Provide
    Arbitrary<Row> statementRows() {
        return rows();
    }

    @Provide
    Arbitrary<List<Row>> categoryRows() {
        return rows().list().ofMaxSize(6);
    }

    private static Arbitrary<Row> rows() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 1800).map(START::plusDays)).as(Row::new);
    }
}
