package org.inspectorate.rating.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Small helpers for the plain-English explanations. */
final class Words {

    private Words() {
    }

    static String keyQuestions(long n) {
        return n == 1 ? "1 key question is" : n + " key questions are";
    }

    static String sum(List<Integer> scores) {
        return scores.stream().map(String::valueOf).collect(Collectors.joining(" + "));
    }

    static String exact(int sum, int max) {
        double pct = sum * 100.0 / max;
        String s = String.format(java.util.Locale.UK, "%.2f", pct);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s + "%";
    }

    static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
