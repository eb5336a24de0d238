package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import org.inspectorate.shared.pdf.PdfDocument;
import org.inspectorate.shared.time.BankHolidays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Services every context relies on, inside the server: working-day clocks from the database, PDF rendering. */
@ExtendWith(ArquillianExtension.class)
class SharedServicesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(SharedServicesIT.class);
    }

    @Inject
    BankHolidays holidays;

    @Test
    void workingDaysSkipTheBankHolidaysInTheDatabase() {
        // Good Friday 3 April and Easter Monday 6 April 2026 are seeded by the migration
        assertEquals(LocalDate.of(2026, 4, 9), holidays.workingDays().plus(LocalDate.of(2026, 4, 2), 3));
        assertTrue(holidays.list().size() >= 40);
    }

    @Test
    void pdfsRenderInsideTheServer() {
        byte[] pdf = PdfDocument.titled("Registration certificate").paragraph("Test").toPdf();
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
    }
}
