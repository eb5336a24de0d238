package org.inspectorate.notice.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Calendar dates of legal clocks as people in the UK read them: {@code #{legalDates.day(n.servedOn)}}. */
@Named
@ApplicationScoped
public class LegalDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
