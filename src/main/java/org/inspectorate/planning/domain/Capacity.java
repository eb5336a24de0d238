package org.inspectorate.planning.domain;

import java.time.YearMonth;

/**
 * How many assessments an inspector can lead in a month, and whether one more fits. A plan that would take an
 * inspector over capacity is refused, naming the month and the numbers.
 */
public record Capacity(String inspector, YearMonth month, int perMonth, long planned) {

    public boolean full() {
        return planned >= perMonth;
    }

    public void requireRoom() {
        if (full()) {
            throw new PlanningConflict(inspector + " already has " + planned + " of " + perMonth + " assessments planned in "
                    + month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                    + month.getYear());
        }
    }
}
