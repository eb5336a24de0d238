package org.inspectorate.shared.time;

import java.sql.Date;
import java.time.LocalDate;

/** A {@code date} column read by a native query: the JDBC driver gives {@link Date} or {@link LocalDate}. */
public final class SqlDays {

    private SqlDays() {
    }

    public static LocalDate day(Object value) {
        return value == null ? null : value instanceof LocalDate l ? l : ((Date) value).toLocalDate();
    }
}
