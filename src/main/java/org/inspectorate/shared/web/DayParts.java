package org.inspectorate.shared.web;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date typed in three boxes, day, month and year (the GOV.UK pattern for dates people remember, such as the day
 * something happened). Becomes the ISO date the forms keep ("2026-11-23"), or, when the boxes do not make a real
 * date, what was typed ("31 2 2026"), so the checks can say so and nothing typed is lost.
 */
public class DayParts implements Serializable {

    private static final long serialVersionUID = 1L;

    private String day;
    private String month;
    private String year;

    /** The boxes for a kept value: an ISO date, or what was typed earlier. */
    public static DayParts of(Object kept) {
        DayParts p = new DayParts();
        String text = kept == null ? "" : kept.toString().strip();
        LocalDate d = DayInput.parse(text);
        if (d != null) {
            p.day = String.valueOf(d.getDayOfMonth());
            p.month = String.valueOf(d.getMonthValue());
            p.year = String.valueOf(d.getYear());
        } else if (!text.isEmpty()) {
            String[] parts = text.split("[\\s/.-]+", 3);
            p.day = parts[0];
            p.month = parts.length > 1 ? parts[1] : null;
            p.year = parts.length > 2 ? parts[2] : null;
        }
        return p;
    }

    /** The value to keep: null when every box is empty, the ISO date when they make one, else what was typed. */
    public String value() {
        if (isEmpty()) {
            return null;
        }
        LocalDate date = date();
        return date != null ? date.toString() : (trim(day) + " " + trim(month) + " " + trim(year)).strip();
    }

    /** Something was typed, and it is not a real date (the form then says how to write one). */
    public boolean isNotADate() {
        return !isEmpty() && date() == null;
    }

    private boolean isEmpty() {
        return trim(day).isEmpty() && trim(month).isEmpty() && trim(year).isEmpty();
    }

    private LocalDate date() {
        String y = trim(year);
        try {
            return y.length() == 4 ? LocalDate.of(Integer.parseInt(y), Integer.parseInt(trim(month)),
                    Integer.parseInt(trim(day))) : null;
        } catch (NumberFormatException | DateTimeException e) {
            return null; // not a real date: kept as typed, and the checks say what is wrong
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    public String getDay() { return day; }
    public void setDay(String v) { day = v; }
    public String getMonth() { return month; }
    public void setMonth(String v) { month = v; }
    public String getYear() { return year; }
    public void setYear(String v) { year = v; }
}
