package org.inspectorate.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.inspectorate.shared.time.BankHolidays;

/** The provider's factual accuracy deadline: the configured number of working days after the email's date. */
@ApplicationScoped
public class BankHolidaysDeadline {

    @Inject
    BankHolidays bankHolidays;

    @Inject
    ReportSettings settings;

    public LocalDate from(LocalDate emailed) {
        return bankHolidays.workingDays().plus(emailed, settings.factualAccuracyWorkingDays());
    }
}
