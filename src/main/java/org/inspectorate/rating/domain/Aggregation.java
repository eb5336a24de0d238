package org.inspectorate.rating.domain;

import java.util.List;

/**
 * The rating principles for aggregating the five key question ratings into the overall rating (DOMAIN.md 1.6),
 * tried in this order: two or more Inadequate; two or more Requires improvement (or worse); one Inadequate;
 * enough Outstanding with none below Good; otherwise Good.
 */
final class Aggregation {

    private Aggregation() {
    }

    static Rating aggregate(RatingRules rules, List<KeyQuestionResult> kqs, List<String> steps) {
        List<String> unrated = kqs.stream().filter(k -> k.rating() == null).map(KeyQuestionResult::label).toList();
        if (!unrated.isEmpty()) {
            steps.add("The overall rating needs a rating for each of the 5 key questions; " + Words.names(unrated)
                    + (unrated.size() == 1 ? " has" : " have") + " none, so there is no overall rating.");
            return null;
        }
        long inadequate = count(kqs, Rating.INADEQUATE);
        long ri = count(kqs, Rating.REQUIRES_IMPROVEMENT);
        long outstanding = count(kqs, Rating.OUTSTANDING);
        long good = count(kqs, Rating.GOOD);
        steps.add("Key question ratings: " + outstanding + " Outstanding, " + good + " Good, " + ri
                + " Requires improvement, " + inadequate + " Inadequate.");
        if (inadequate >= rules.inadequateFrom()) {
            steps.add(Words.keyQuestions(inadequate) + " Inadequate, so overall is Inadequate (" + rules.inadequateFrom()
                    + " or more Inadequate key questions make the overall rating Inadequate).");
            return Rating.INADEQUATE;
        }
        if (ri + inadequate >= rules.requiresImprovementFrom()) {
            steps.add(Words.keyQuestions(ri + inadequate) + " Requires improvement or worse, so overall is Requires"
                    + " improvement (" + rules.requiresImprovementFrom() + " or more key questions Requires"
                    + " improvement make the overall rating Requires improvement).");
            return Rating.REQUIRES_IMPROVEMENT;
        }
        if (inadequate > 0) {
            steps.add("1 key question is Inadequate, so overall is Requires improvement (a Good overall rating needs"
                    + " no Inadequate key question).");
            return Rating.REQUIRES_IMPROVEMENT;
        }
        if (outstanding >= rules.outstandingFrom() && ri == 0) {
            String others = outstanding == kqs.size() ? "" : " and the others Good";
            steps.add((outstanding == kqs.size() ? "All " + outstanding + " key questions are"
                    : Words.keyQuestions(outstanding)) + " Outstanding" + others + ", so overall is Outstanding ("
                    + "Outstanding needs at least " + rules.outstandingFrom() + " Outstanding and none below Good).");
            return Rating.OUTSTANDING;
        }
        String why = ri == 1 ? "1 key question is Requires improvement and none is Inadequate"
                : "no key question is below Good";
        String notOutstanding = outstanding >= rules.outstandingFrom()
                ? "; Outstanding would need none below Good"
                : outstanding > 0 ? "; Outstanding would need at least " + rules.outstandingFrom() + " Outstanding" : "";
        steps.add(capitalise(why) + ", so overall is Good (Good allows no Inadequate and at most "
                + (rules.requiresImprovementFrom() - 1) + " Requires improvement" + notOutstanding + ").");
        return Rating.GOOD;
    }

    private static long count(List<KeyQuestionResult> kqs, Rating r) {
        return kqs.stream().filter(k -> k.rating() == r).count();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
