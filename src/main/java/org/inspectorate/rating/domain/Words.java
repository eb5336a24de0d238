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

    /** The exact percentage to at most two decimals, without trailing zeros: 68.75%, 62.5%, 75%, 33.33%. */
    static String exact(int sum, int max) {
        long hundredths = Math.round(sum * 10000.0 / max);
        long whole = hundredths / 100;
        long frac = hundredths % 100;
        if (frac == 0) {
            return whole + "%";
        }
        return whole + "." + (frac % 10 == 0 ? String.valueOf(frac / 10) : (frac < 10 ? "0" : "") + frac) + "%";
    }

    static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
