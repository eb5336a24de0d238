package org.inspectorate.rating.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.inspectorate.assessment.application.AssessmentQueries;
import org.inspectorate.assessment.application.AssessmentSnapshot;
import org.inspectorate.assessment.application.AssessmentViews;
import org.inspectorate.assessment.domain.Framework;
import org.inspectorate.rating.domain.RatingResult;
import org.inspectorate.rating.domain.RatingRules;
import org.inspectorate.rating.domain.ScoringMethod;

/**
 * Generated assessment histories over both methodology versions: for each of ten statements (two per key question) a
 * statement score and evidence category rows, each new in the rated assessment (9) or carried forward from one of
 * two earlier ones (3, 5) with its own date, as after full and focused assessments and changes of method; with or
 * without a breach and an approved override. The explanation (the record the API serialises as JSON; reading the
 * stored JSON back needs a JSON-B provider, so the ITs cover that step) must say of every statement exactly what the rows the engine used say:
 * score, carried forward, evidence date, the evidence items of those rows' assessments and no other, their
 * rationales, the reason a statement is carried on purpose; and of every key question, its rating and whether it
 * was reassessed.
 */
class RatingExplanationProperties {

    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final long RATED = 9;
    private static final String[] KQS = {"SAFE", "EFFECTIVE", "CARING", "RESPONSIVE", "WELL_LED"};
    private static final String[] CATEGORIES = {"OBSERVATION", "PROCESSES"};
    private static final Framework F = framework();

    record Row(int score, boolean carried, long source, LocalDate date) {
    }

    /** One statement's rows: its own score and one per evidence category, each possibly absent. */
    record History(Row statement, Row observation, Row processes) {
        Row category(int i) {
            return i == 0 ? observation : processes;
        }
    }

    @Property(tries = 500)
    void theExplanationSaysOfEachStatementWhatTheRowsUsedSay(@ForAll("methods") ScoringMethod method,
            @ForAll("histories") List<History> histories, @ForAll("breaches") ActiveBreach breach,
            @ForAll("overrides") AssessmentSnapshot.OverrideRow override, @ForAll("carried") Set<String> onPurpose) {
        List<AssessmentSnapshot.ScoreRow> rows = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            String code = code(i);
            History h = histories.get(i);
            if (h.statement() != null) {
                rows.add(row(code, null, h.statement()));
            }
            for (int c = 0; c < CATEGORIES.length; c++) {
                if (h.category(c) != null) {
                    rows.add(row(code, CATEGORIES[c], h.category(c)));
                }
            }
        }
        AssessmentSnapshot snap = new AssessmentSnapshot(RATED, "1-500000001", "1-100000001", rulesCode(method),
                LocalDate.of(2026, 11, 30), null, rows, override == null ? List.of() : List.of(override));
        RatingRules rules = RatingRules.standard(rulesCode(method), method);
        RatingResult result = RatingCalculator.rate(snap, F, rules,
                RatingCalculator.breaches(breach == null ? List.of() : List.of(breach)));
        StoredExplanation stored = StoredExplanation.of(result);

        Map<String, List<AssessmentViews.Evidence>> evidence = new HashMap<>();
        Map<String, String> rationales = new HashMap<>();
        for (AssessmentSnapshot.ScoreRow r : rows) {
            evidence.computeIfAbsent(r.sourceAssessmentId() + "/" + r.statementCode(), k -> List.of(item(r)));
            rationales.put(AssessmentQueries.rowKey(r.statementCode(), r.categoryCode()), why(r));
        }
        Map<String, String> reasons = onPurpose.stream().collect(Collectors.toMap(c -> c, c -> "Reason " + c));

        List<Explanation.KeyQuestion> kqs = RatingQueries.keyQuestions(stored, result, snap, evidence, rationales,
                reasons);
        assertEquals(KQS.length, kqs.size());
        for (Explanation.KeyQuestion kq : kqs) {
            assertEquals(result.ratingOf(org.inspectorate.rating.domain.KeyQuestion.valueOf(kq.code())) == null ? null
                    : result.ratingOf(org.inspectorate.rating.domain.KeyQuestion.valueOf(kq.code())).name(),
                    kq.rating(), kq.code() + " is rated as the engine rated it");
            boolean reassessed = false;
            for (Explanation.Statement s : kq.statements()) {
                History h = histories.get(index(s.code()));
                List<Row> used = used(method, h);
                if (used.isEmpty()) {
                    assertEquals(null, s.score(), s.code() + " has no rows");
                    continue;
                }
                boolean carried = used.stream().allMatch(Row::carried);
                reassessed |= !carried;
                assertEquals(carried, s.carriedForward(), s.code() + ": " + s.rule());
                assertEquals(used.stream().map(Row::date).filter(Objects::nonNull).max(Comparator.naturalOrder())
                        .orElseThrow(), s.evidenceDate(), s.code() + " evidence date");
                Set<String> expectedItems = used.stream().map(r -> "A" + r.source() + "/" + s.code())
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> shownItems = s.evidence().stream().map(Explanation.Evidence::summary)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertEquals(expectedItems, shownItems,
                        s.code() + ": the evidence of the assessments the rows used come from, and none other");
                Set<String> shownWhy = s.rationales().stream().map(Explanation.Rationale::text)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertEquals(expectedRationales(s.code(), h, used), shownWhy, s.code() + ": the rationales of the rows used");
                assertEquals(carried && onPurpose.contains(s.code()) ? "Reason " + s.code() : null,
                        s.carriedForwardReason(), s.code() + " reason");
            }
            assertEquals(reassessed, kq.reassessed(), kq.code() + " reassessed");
        }
    }

    /** The rows a statement's score rests on: categories under that method (or with no score), else its score. */
    private static List<Row> used(ScoringMethod method, History h) {
        List<Row> categories = new ArrayList<>();
        for (int c = 0; c < CATEGORIES.length; c++) {
            if (h.category(c) != null) {
                categories.add(h.category(c));
            }
        }
        boolean usesCategories = !categories.isEmpty()
                && (method == ScoringMethod.CATEGORY_SCORES || h.statement() == null);
        return usesCategories ? categories : h.statement() == null ? List.of() : List.of(h.statement());
    }

    private static Set<String> expectedRationales(String code, History h, List<Row> used) {
        TreeSet<String> out = new TreeSet<>();
        if (used.size() == 1 && used.get(0) == h.statement()) {
            out.add(why(row(code, null, h.statement())));
        } else {
            for (int c = 0; c < CATEGORIES.length; c++) {
                if (h.category(c) != null && used.contains(h.category(c))) {
                    out.add(why(row(code, CATEGORIES[c], h.category(c))));
                }
            }
        }
        return out;
    }

    private static AssessmentSnapshot.ScoreRow row(String code, String category, Row r) {
        return new AssessmentSnapshot.ScoreRow(code, category, r.score(), r.carried(), r.source(), r.date());
    }

    private static AssessmentViews.Evidence item(AssessmentSnapshot.ScoreRow r) {
        return new AssessmentViews.Evidence(r.sourceAssessmentId() * 100, r.sourceAssessmentId(), r.statementCode(),
                r.categoryCode(), "Observation", "Site visit", r.evidenceDate(),
                "A" + r.sourceAssessmentId() + "/" + r.statementCode(), List.of(), List.of(), "A. Inspector");
    }

    private static String why(AssessmentSnapshot.ScoreRow r) {
        return "why " + r.statementCode() + "/" + r.categoryCode() + "/" + r.sourceAssessmentId() + "/" + r.score();
    }

    private static String rulesCode(ScoringMethod method) {
        return method == ScoringMethod.CATEGORY_SCORES ? "SAF-2023-11" : "SAF-2024-12";
    }

    private static String code(int i) {
        return KQS[i / 2].charAt(0) + String.valueOf(i % 2 + 1);
    }

    private static int index(String code) {
        for (int i = 0; i < 10; i++) {
            if (code(i).equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }

    private static Framework framework() {
        List<Framework.Item> kqs = new ArrayList<>();
        List<Framework.Statement> statements = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            if (i % 2 == 0) {
                kqs.add(new Framework.Item(KQS[i / 2], KQS[i / 2]));
            }
            statements.add(new Framework.Statement(code(i), KQS[i / 2], "Statement " + code(i)));
        }
        return new Framework("SAF-2023", "SAF", kqs, statements, List.of(new Framework.Item("OBSERVATION",
                "Observation"), new Framework.Item("PROCESSES", "Processes")));
    }

    @Provide
    Arbitrary<ScoringMethod> methods() {
        return Arbitraries.of(ScoringMethod.values());
    }

    @Provide
    Arbitrary<List<History>> histories() {
        Arbitrary<Row> row = rows().injectNull(0.35);
        return Combinators.combine(row, row, row).as(History::new).list().ofSize(10);
    }

    @Provide
    Arbitrary<ActiveBreach> breaches() {
        return Arbitraries.of(KQS).map(kq -> new ActiveBreach("Assessment " + RATED, "Regulation 12", kq,
                "Unsafe care", START)).injectNull(0.6);
    }

    @Provide
    Arbitrary<AssessmentSnapshot.OverrideRow> overrides() {
        return Combinators.combine(Arbitraries.of(KQS), Arbitraries.of("OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT",
                "INADEQUATE")).as((kq, rating) -> new AssessmentSnapshot.OverrideRow(kq, rating, "Seen on the visit",
                        "A. Inspector", "M. Manager")).injectNull(0.7);
    }

    @Provide
    Arbitrary<Set<String>> carried() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            codes.add(code(i));
        }
        return Arbitraries.of(codes).set().ofMaxSize(4);
    }

    private static Arbitrary<Row> rows() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.of(true, false),
                Arbitraries.of(3L, 5L), Arbitraries.integers().between(0, 2000).map(START::plusDays))
                .as((score, carried, earlier, date) -> new Row(score, carried, carried ? earlier : RATED, date));
    }
}
