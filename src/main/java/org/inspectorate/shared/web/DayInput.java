package org.inspectorate.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a date typed as people write them: "27 3 2026", "27/03/2026" or "2026-03-27". */
public final class DayInput {

    private static final Pattern DMY = Pattern.compile("^(\\d{1,2})[\\s/.-]+(\\d{1,2})[\\s/.-]+(\\d{4})$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");

    private DayInput() {
    }

    /** The date, or null when the text is empty or not a real date. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            Matcher iso = ISO.matcher(t);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher dmy = DMY.matcher(t);
            if (dmy.matches()) {
                return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
