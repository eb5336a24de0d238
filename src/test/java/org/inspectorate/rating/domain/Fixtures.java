package org.inspectorate.rating.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds engine inputs for the tests: statements with given scores per key question. */
final class Fixtures {

    static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    static final RatingRules DIRECT = RatingRules.standard("SAF-2024-12", ScoringMethod.QUALITY_STATEMENT_SCORES);
    static final RatingRules CATEGORIES = RatingRules.standard("SAF-2023-11", ScoringMethod.CATEGORY_SCORES);

    private Fixtures() {
    }

    static List<StatementInput> statements(KeyQuestion kq, int... scores) {
        List<StatementInput> list = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            list.add(StatementInput.scored(kq.name() + (i + 1), kq.label() + " statement " + (i + 1), kq, scores[i],
                    false, DAY));
        }
        return list;
    }

    /** Each key question given as one statement with this score: the key question then rates as that score. */
    static List<StatementInput> ratings(Rating... perKq) {
        List<StatementInput> list = new ArrayList<>();
        KeyQuestion[] kqs = KeyQuestion.values();
        for (int i = 0; i < perKq.length; i++) {
            list.addAll(statements(kqs[i], perKq[i].score()));
        }
        return list;
    }

    static RatingResult rate(List<StatementInput> in) {
        return RatingEngine.rate(DIRECT, in, List.of(), List.of());
    }
}
